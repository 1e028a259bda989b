package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.testing.DerivedTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way a CloudFormation template legitimately differs from the request fixture it is derived
 * from, each with its reason, in one place. {@link CloudFormationFixturesTest} applies them; a
 * difference no fixture needs any more fails that test, so this table cannot go stale.
 *
 * <p>There are three sorts: fixtures that have no template equivalent ({@link Refusal}), findings
 * of a request that a template does not have or words differently ({@link Difference}), and rules
 * whose CloudFormation coverage cannot come from a template at all ({@link #NO_TEMPLATE_COVERAGE}).
 */
final class CloudFormationDifferences {
  private CloudFormationDifferences() {}

  /** Fixtures that are not derived, by the reason {@link DerivedTemplate} gives. */
  enum Refusal {
    BYTES(DerivedTemplate.REFUSED_BYTES, "the file's bytes are what the fixture tests (SM004); the"
        + " reader is shared by every front end and tested once"),
    LINE_ENDS(DerivedTemplate.REFUSED_LINE_ENDS, "line ends are what the fixture tests; the reader"
        + " is shared"),
    TEMPLATE(DerivedTemplate.REFUSED_TEMPLATE, "the fixture is a template already (SM020, SM410,"
        + " SM411 and the hand-written *-cfn fixtures): it is the CloudFormation coverage itself"),
    NOT_A_REQUEST(DerivedTemplate.REFUSED_NOT_A_REQUEST, "no request document to wrap: the fixture"
        + " does not parse (SM001) or its root is not a SageMaker request (SM003 size limits stop"
        + " reading first)"),
    RESPONSE(DerivedTemplate.REFUSED_RESPONSE, "a Describe response is what AWS returns, not what"
        + " a template declares; templates only hold create requests"),
    FORCED_KIND(DerivedTemplate.REFUSED_FORCED_KIND, "in a template the resource Type decides the"
        + " kind, so a fixture that forces one with --kind has no equivalent"),
    YAML_FRAMING(DerivedTemplate.REFUSED_YAML_FRAMING, "a directive or content on a --- line"
        + " cannot be indented under Properties");

    final String reason;
    final String why;

    Refusal(String reason, String why) {
      this.reason = reason;
      this.why = why;
    }

    static Refusal of(String reason) {
      for (Refusal r : values()) {
        if (r.reason.equals(reason)) {
          return r;
        }
      }
      throw new IllegalArgumentException("refusal without a justification: " + reason);
    }
  }

  /**
   * A finding-level difference. {@link #expected} rewrites (or drops, returning null) a request
   * finding already moved into the template; {@link #accepts} admits a finding only the template
   * has. Each is narrow: it names the rule, the keyword or the property, never a fixture.
   */
  enum Difference {
    NAME_GENERATED("CloudFormation generates ModelName and EndpointConfigName when they are"
        + " omitted, so the resource schema does not require them (docs/cloudformation.md)") {
      @Override
      Finding expected(Finding f, Context c) {
        boolean nameMissing = f.rule().equals("SM101") && "required".equals(f.keyword())
            && c.isResourceRoot(f.pointer())
            && (f.message().contains("`ModelName`") || f.message().contains("`EndpointConfigName`"));
        return nameMissing ? null : f;
      }
    },
    STRINGS_CONVERTED("CloudFormation converts \"1\" and \"true\" to the number or boolean the API"
        + " expects, so a quoted number is no type error in a template") {
      @Override
      Finding expected(Finding f, Context c) {
        return f.rule().equals("SM103") && f.message().contains("but it is a string") ? null : f;
      }
    },
    SHORT_FORM_TAGS("in a template !Ref, !GetAtt, !Sub... are CloudFormation's functions, not"
        + " custom tags (SM005 is about request bodies)") {
      @Override
      Finding expected(Finding f, Context c) {
        Matcher m = TAG.matcher(f.message());
        return f.rule().equals("SM005") && m.find() && INTRINSIC_TAGS.contains(m.group(1)) ? null : f;
      }
    },
    FILE_LEVEL("an unused suppression comment (SM010) is about the file's comments, not a"
        + " resource: it stays at the file's root pointer, without a resource label") {
      @Override
      Finding expected(Finding f, Context c) {
        if (!f.rule().equals("SM010")) {
          return f;
        }
        return new Finding(f.rule(), f.severity(), c.unlabelled(f.message()), f.hint(), f.file(),
            "", f.documentIndex(), f.line(), f.column(), f.endLine(), f.endColumn(), f.keyword());
      }
    },
    SCHEMA_TITLE("a member unknown at the root is unknown to the CloudFormation view schema, whose"
        + " title names the resource type instead of the request") {
      @Override
      Finding expected(Finding f, Context c) {
        Matcher m = REQUEST_TITLE.matcher(f.message());
        if (!f.rule().equals("SM102") || !m.find()) {
          return f;
        }
        String type = m.group(1).equals("CreateModel") ? "Model" : "EndpointConfig";
        String message = m.replaceFirst(Matcher.quoteReplacement(
            "`CloudFormation AWS::SageMaker::" + type + " properties (API model " + m.group(2) + ")`"));
        return new Finding(f.rule(), f.severity(), message, f.hint(), f.file(), f.pointer(),
            f.documentIndex(), f.line(), f.column(), f.endLine(), f.endColumn(), f.keyword());
      }
    },
    NOT_IN_CLOUDFORMATION("CloudFormation has no such property (CoreDumpConfig, InstancePools,"
        + " AcceleratorType, MetricsConfig... as listed under \"Only in the API\" in the generated"
        + " docs/cloudformation-properties.md), so the resource schema reports it as unknown (SM102);"
        + " rules still see the member, as they would see any misspelt one") {
      @Override
      boolean accepts(Finding f, Context c) {
        return f.rule().equals("SM102") && "additionalProperties".equals(f.keyword())
            && c.onlyInApi(f.pointer());
      }
    },
    RESOURCE_SCHEMA_REQUIRES("the resource schema requires members the API leaves optional:"
        + " ModelDataSource needs S3DataSource (aws-sagemaker-model.json)") {
      @Override
      boolean accepts(Finding f, Context c) {
        return f.rule().equals("SM101") && "required".equals(f.keyword())
            && f.pointer().endsWith("/ModelDataSource")
            && f.message().contains("Required member `S3DataSource`");
      }
    };

    final String why;

    Difference(String why) {
      this.why = why;
    }

    /** The request finding as the template should have it, or null when it has none. */
    Finding expected(Finding moved, Context c) {
      return moved;
    }

    /** Whether a finding only the template has is one of this difference's. */
    boolean accepts(Finding templateOnly, Context c) {
      return false;
    }
  }

  /**
   * Rules that apply to CreateModel or CreateEndpointConfig but cannot be covered by a template,
   * with the reason.
   */
  static final Map<String, String> NO_TEMPLATE_COVERAGE = Map.of(
      "SM199", "no input triggers it by design: the fallback for schema keywords the generator"
          + " does not emit, covered by SchemaFallbackTest for every front end alike");

  private static final Pattern TAG = Pattern.compile("tag `!([A-Za-z]+)`");
  private static final Set<String> INTRINSIC_TAGS = Set.of("Ref", "GetAtt", "Sub", "If", "Join",
      "Select", "FindInMap", "ImportValue", "Base64", "Split", "Equals", "Not", "And", "Or",
      "Condition", "GetAZs", "Cidr", "Transform");
  private static final Pattern REQUEST_TITLE =
      Pattern.compile("`SageMaker (CreateModel|CreateEndpointConfig) request \\(API model ([0-9-]+)\\)`");

  /** What a difference may ask about the template a finding is in. */
  record Context(DerivedTemplate template, ApiVersion version) {
    private static final Pattern RESOURCE = Pattern.compile("/Resources/([^/]+)/Properties(.*)");

    boolean isResourceRoot(String pointer) {
      Matcher m = RESOURCE.matcher(pointer);
      return m.matches() && m.group(2).isEmpty();
    }

    String unlabelled(String message) {
      return message.replaceFirst("^resource `[^`]+`: ", "");
    }

    /** Whether the pointer is a property the generated table lists as API-only for the version. */
    boolean onlyInApi(String pointer) {
      Matcher m = RESOURCE.matcher(pointer);
      if (!m.matches()) {
        return false;
      }
      DocumentKind kind = template.kindOf(m.group(1));
      StringBuilder path = new StringBuilder(kind.schemaName());
      for (String token : m.group(2).substring(1).split("/")) {
        path.append(token.matches("\\d+") ? "[]" : "." + token);
      }
      return ONLY_IN_API.get().getOrDefault(version.toString(), Set.of()).contains(path.toString());
    }
  }

  /** "Only in the API" of docs/cloudformation-properties.md, by API version. */
  private static final java.util.function.Supplier<Map<String, Set<String>>> ONLY_IN_API =
      new java.util.function.Supplier<>() {
        private Map<String, Set<String>> read;

        @Override
        public synchronized Map<String, Set<String>> get() {
          if (read == null) {
            read = readOnlyInApi(Path.of("../docs/cloudformation-properties.md"));
          }
          return read;
        }
      };

  private static final Pattern VERSION_LINE = Pattern.compile("^- ([0-9]{4}-[0-9]{2}-[0-9]{2}): (.*)$");
  private static final Pattern MEMBER = Pattern.compile("`([^`]+)`");

  static Map<String, Set<String>> readOnlyInApi(Path doc) {
    List<String> lines;
    try {
      lines = Files.readAllLines(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> out = new HashMap<>();
    boolean inList = false;
    for (String line : lines) {
      if (line.startsWith("Only in the API")) {
        inList = true;
        continue;
      }
      if (line.startsWith("#")) {
        inList = false;
      }
      Matcher v = VERSION_LINE.matcher(line);
      if (inList && v.matches()) {
        Matcher member = MEMBER.matcher(v.group(2));
        while (member.find()) {
          out.computeIfAbsent(v.group(1), x -> new HashSet<>()).add(member.group(1));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no \"Only in the API\" lists in " + doc);
    }
    return out;
  }
}
