package dev.sagelint.core.config;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.Severity;
import dev.sagelint.core.files.DisplayNames;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.InputRuleIds;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ParseResult;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.Suggestions;
import dev.sagelint.core.suppress.SuppressionEntry;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds and reads {@code .sagelint.yaml}, validating it strictly: an unknown key, a wrong type or
 * a bad value is a {@link ConfigException} with the file, line and column, never a silent default.
 * A typo in a linter's configuration must not quietly switch checks off.
 *
 * <p>The file goes through the core's own located parser, so YAML syntax errors and duplicate keys
 * get the same precise positions as in specs.
 */
public final class ConfigLoader {
  /** The file name looked for from the working directory upwards. */
  public static final String FILE_NAME = ".sagelint.yaml";

  private static final Pattern RULE_ID_OR_PREFIX = Pattern.compile("SM[0-9]{1,3}");
  private static final List<String> TOP_KEYS = List.of("api-version", "region", "include", "exclude",
      "fail-on", "rules", "select", "ignore", "limits", "suppressions", "baseline");
  private static final List<String> RULE_KEYS = List.of("severity", "options");
  /** The options rules read through {@code RuleContext.option}: SM508 the account it checks ARNs against. */
  private static final Map<String, List<String>> RULE_OPTIONS = Map.of("SM508", List.of("account"));
  private static final List<String> LIMIT_KEYS =
      List.of("max-file-bytes", "max-depth", "max-string-length", "max-nodes");
  private static final List<String> SUPPRESSION_KEYS = List.of("path", "rule", "pointer", "reason");
  private static final List<String> RULE_LEVELS = List.of("off", "on", "info", "warning", "error");

  private final Path workingDir;
  private final RuleCatalog catalog;

  /**
   * @param workingDir the directory the user runs from: the search starts there, and the
   *     configuration file is named relative to it in messages
   * @param catalog the rules that {@code rules}, {@code select}, {@code ignore} and suppressions may name
   */
  public ConfigLoader(Path workingDir, RuleCatalog catalog) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.catalog = catalog;
  }

  /** The nearest {@value #FILE_NAME} in {@code startDir} or one of its parents. */
  public static Optional<Path> find(Path startDir) {
    for (Path dir = startDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The configuration in force for the working directory: the nearest {@value #FILE_NAME}, or the
   * defaults when there is none.
   */
  public SagelintConfig discover() throws ConfigException {
    Optional<Path> found = find(workingDir);
    return found.isPresent() ? load(found.get()) : SagelintConfig.empty(workingDir);
  }

  /** Reads and validates {@code file} (an explicit {@code --config}). */
  public SagelintConfig load(Path file) throws ConfigException {
    Path abs = workingDir.resolve(file).normalize();
    String name = DisplayNames.of(workingDir, abs);
    if (!Files.exists(abs)) {
      throw new ConfigException(name, 0, 0, msg("config.missing"));
    }
    SourceReader.Outcome read = SourceReader.read(abs, name, ParseLimits.DEFAULT, false);
    if (read.problem() != null) {
      throw located(read.problem());
    }
    // Always YAML, whatever the name: JSON is YAML, and the format must not depend on an extension.
    SourceFile source = new SourceFile(name, read.source().text(), Format.YAML);
    return parse(source, Optional.of(abs), abs.getParent());
  }

  /** Validates configuration text, e.g. from tests or an editor. */
  public SagelintConfig parse(String displayName, String text, Path baseDir) throws ConfigException {
    SourceFile source = new SourceFile(displayName, text, Format.YAML);
    return parse(source, Optional.empty(), baseDir.toAbsolutePath().normalize());
  }

  private SagelintConfig parse(SourceFile source, Optional<Path> file, Path baseDir)
      throws ConfigException {
    ParseResult parsed = new DocumentParser(ParseLimits.DEFAULT).parse(source);
    if (!parsed.problems().isEmpty()) {
      throw located(parsed.problems().get(0));
    }
    if (parsed.documents().size() > 1) {
      Span second = parsed.documents().get(1).root().span();
      throw new ConfigException(source.name(), second.startLine(), second.startColumn(),
          msg("config.multidoc"));
    }
    Node root = parsed.documents().isEmpty() ? null : parsed.documents().get(0).root();
    Builder b = new Builder(source.name(), file, baseDir);
    if (root == null || root instanceof ScalarNode s && s.value() == null) {
      return b.build(); // an empty file is a valid, empty configuration
    }
    b.read(root);
    return b.build();
  }

  private static ConfigException located(Finding f) {
    if (f.rule().equals(InputRuleIds.DUPLICATE_KEY)) {
      // The parser's wording is about specs sent through the AWS CLI and boto3; a configuration
      // file is read by sagelint alone, which refuses the ambiguity.
      String key = JsonPointer.lastToken(f.pointer());
      return new ConfigException(f.file(), f.line(), f.column(),
          "key `" + key + "` is given more than once; keep one");
    }
    return new ConfigException(f.file(), f.line(), f.column(), stripPeriod(f.message()));
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String msg(String key, Object... args) {
    return Messages.format(ConfigLoader.class, key, args);
  }

  /** Reads one configuration tree into a {@link SagelintConfig}, failing at the first problem. */
  private final class Builder {
    private final String name;
    private final Optional<Path> file;
    private final Path baseDir;
    private Optional<ApiVersion> apiVersion = Optional.empty();
    private Optional<String> region = Optional.empty();
    private List<Glob> include = List.of();
    private List<Glob> exclude = List.of();
    private Optional<FailOn> failOn = Optional.empty();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private List<String> select = List.of();
    private List<String> ignore = List.of();
    private Optional<ParseLimits> limits = Optional.empty();
    private final List<SuppressionEntry> suppressions = new ArrayList<>();
    private Optional<Path> baseline = Optional.empty();

    Builder(String name, Optional<Path> file, Path baseDir) {
      this.name = name;
      this.file = file;
      this.baseDir = baseDir;
    }

    SagelintConfig build() {
      return new SagelintConfig(file, name, baseDir, apiVersion, region, include, exclude, failOn,
          rules, select, ignore, limits, suppressions, baseline);
    }

    void read(Node root) throws ConfigException {
      ObjectNode top = object(root, "the configuration");
      for (ObjectNode.Member m : top.members()) {
        Node v = m.value();
        switch (checkKey(m, TOP_KEYS, "")) {
          case "api-version" -> apiVersion = Optional.of(parseWith(v, ApiVersion::parse));
          case "region" -> region = Optional.of(region(v));
          case "include" -> include = globs(v, "include");
          case "exclude" -> exclude = globs(v, "exclude");
          case "fail-on" -> failOn = Optional.of(parseWith(v, FailOn::parse));
          case "rules" -> readRules(v);
          case "select" -> select = ruleList(v, "select");
          case "ignore" -> ignore = ruleList(v, "ignore");
          case "limits" -> limits = Optional.of(readLimits(v));
          case "suppressions" -> readSuppressions(v);
          case "baseline" -> baseline = Optional.of(baseDir.resolve(string(v, "baseline")).normalize());
          default -> throw new IllegalStateException(m.key());
        }
      }
    }

    private void readRules(Node v) throws ConfigException {
      for (ObjectNode.Member m : object(v, "rules").members()) {
        String id = ruleIdOrPrefix(m.key(), m.keySpan());
        Node value = m.value();
        if (value instanceof ObjectNode o) {
          rules.put(id, ruleMapping(id, o));
        } else {
          rules.put(id, level(value, null, Map.of()));
        }
      }
    }

    private RuleSetting ruleMapping(String ruleKey, ObjectNode o) throws ConfigException {
      Node severity = null;
      Map<String, String> options = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        switch (checkKey(m, RULE_KEYS, "rules.<id>.")) {
          case "severity" -> severity = m.value();
          case "options" -> {
            List<String> known = RULE_OPTIONS.getOrDefault(ruleKey, List.of());
            for (ObjectNode.Member opt : object(m.value(), "options").members()) {
              // Strict like every other key: a name no rule declares is a typo or a setting
              // sagelint does not have, which must not pass silently.
              if (!known.contains(opt.key())) {
                throw at(opt.keySpan(), "unknown option `" + opt.key() + "` for `" + ruleKey + "`"
                    + (known.isEmpty() ? "; it has no options" : "; it has " + String.join(", ", known)));
              }
              String value = opt.value().asText() != null ? opt.value().asText()
                  : opt.value() instanceof ScalarNode sc && sc.value() != null ? sc.value().toString() : null;
              if (value == null) {
                throw at(opt.value().span(), "option `" + opt.key() + "` of `" + ruleKey
                    + "` takes a string");
              }
              if (ruleKey.equals("SM508") && opt.key().equals("account")
                  && !value.matches("[0-9]{12}")) {
                // A malformed account would only switch the rule's comparison off, silently.
                if (opt.value() instanceof ScalarNode sc && sc.isPlain() && sc.isNumber()
                    && !sc.raw().equals(value)) {
                  // 012345678901 unquoted is the YAML integer 12345678901: say why it lost a digit.
                  throw at(opt.value().span(), "option `account` of `SM508` is `" + sc.raw()
                      + "` unquoted, which YAML reads as the number " + value
                      + (sc.raw().startsWith("0") ? ", dropping the leading zero" : "")
                      + "; an AWS account id is 12 digits, so quote it: `account: \"" + sc.raw()
                      + "\"`");
                }
                throw at(opt.value().span(), "option `account` of `SM508` must be an AWS account "
                    + "id (12 digits, e.g. \"123456789012\"), not `" + value + "`");
              }
              options.put(opt.key(), value);
            }
          }
          default -> throw new IllegalStateException(m.key());
        }
      }
      if (severity == null) {
        return new RuleSetting(true, Optional.empty(), options);
      }
      return level(severity, o, options);
    }

    private RuleSetting level(Node value, ObjectNode owner, Map<String, String> options)
        throws ConfigException {
      String text = value instanceof ScalarNode s && s.value() instanceof String str ? str : null;
      if (text == null || !RULE_LEVELS.contains(text)) {
        throw at(value.span(), msg("config.rule.level", describe(value)));
      }
      return switch (text) {
        case "off" -> new RuleSetting(false, Optional.empty(), options);
        case "on" -> new RuleSetting(true, Optional.empty(), options);
        default -> new RuleSetting(true, Optional.of(Severity.parse(text)), options);
      };
    }

    private ParseLimits readLimits(Node v) throws ConfigException {
      ParseLimits d = ParseLimits.DEFAULT;
      long fileBytes = d.maxFileBytes();
      int depth = d.maxDepth();
      int strings = d.maxStringLength();
      int nodes = d.maxNodes();
      for (ObjectNode.Member m : object(v, "limits").members()) {
        switch (checkKey(m, LIMIT_KEYS, "limits.")) {
          case "max-file-bytes" -> fileBytes = positive(m.value(), Long.MAX_VALUE);
          case "max-depth" -> depth = (int) positive(m.value(), ParseLimits.MAX_DEPTH_CEILING);
          case "max-string-length" -> strings = (int) positive(m.value(), Integer.MAX_VALUE);
          case "max-nodes" -> nodes = (int) positive(m.value(), Integer.MAX_VALUE);
          default -> throw new IllegalStateException(m.key());
        }
      }
      return new ParseLimits(fileBytes, depth, strings, nodes);
    }

    private void readSuppressions(Node v) throws ConfigException {
      for (Node item : array(v, "suppressions").items()) {
        ObjectNode o = object(item, "a suppression");
        Glob path = null;
        String rule = null;
        String pointer = null;
        String reason = "";
        for (ObjectNode.Member m : o.members()) {
          switch (checkKey(m, SUPPRESSION_KEYS, "suppressions[].")) {
            case "path" -> path = glob(m.value());
            case "rule" -> rule = ruleIdOrPrefix(string(m.value(), "rule"), m.value().span());
            case "pointer" -> pointer = pointer(m.value());
            case "reason" -> reason = string(m.value(), "reason");
            default -> throw new IllegalStateException(m.key());
          }
        }
        if (path == null || rule == null) {
          throw at(o.span(), msg("config.suppression.required", path == null ? "path" : "rule"));
        }
        suppressions.add(new SuppressionEntry(path, rule, pointer, reason, baseDir, workingDir, name,
            o.span()));
      }
    }

    private String pointer(Node v) throws ConfigException {
      String p = string(v, "pointer");
      if (!p.isEmpty() && !p.startsWith("/")) {
        throw at(v.span(), msg("config.pointer", p));
      }
      return p;
    }

    private List<Glob> globs(Node v, String key) throws ConfigException {
      List<Glob> out = new ArrayList<>();
      for (Node item : array(v, key).items()) {
        out.add(glob(item));
      }
      return out;
    }

    private Glob glob(Node v) throws ConfigException {
      String text = string(v, "a glob");
      try {
        return Glob.compile(text);
      } catch (IllegalArgumentException e) {
        throw at(v.span(), msg("config.glob", e.getMessage()));
      }
    }

    private List<String> ruleList(Node v, String key) throws ConfigException {
      List<String> out = new ArrayList<>();
      for (Node item : array(v, key).items()) {
        out.add(ruleIdOrPrefix(string(item, "a rule id"), item.span()));
      }
      return out;
    }

    private String ruleIdOrPrefix(String text, Span span) throws ConfigException {
      String id = text.trim();
      if (!RULE_ID_OR_PREFIX.matcher(id).matches()) {
        throw at(span, msg("config.rule.malformed", text));
      }
      if (catalog.all().stream().noneMatch(d -> d.id().startsWith(id))) {
        List<String> close = Suggestions.closest(id,
            catalog.all().stream().map(RuleDescriptor::id).toList(), 3);
        throw at(span, msg("config.rule.unknown", id)
            + (close.isEmpty() ? "" : msg("config.didyoumean", Suggestions.orList(close))));
      }
      return id;
    }

    private String region(Node v) throws ConfigException {
      String r = string(v, "region");
      Optional<String> problem = RegionNames.problem(r, "`");
      if (problem.isPresent()) {
        throw at(v.span(), problem.get());
      }
      return r;
    }

    private long positive(Node v, long max) throws ConfigException {
      if (v instanceof ScalarNode s && s.value() instanceof BigInteger n && n.signum() > 0
          && n.compareTo(BigInteger.valueOf(max)) <= 0) {
        return n.longValue();
      }
      throw at(v.span(), msg("config.positive", describe(v), max));
    }

    private <T> T parseWith(Node v, Function<String, T> parser)
        throws ConfigException {
      String text = string(v, "this key");
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException e) {
        throw at(v.span(), e.getMessage());
      }
    }

    private String checkKey(ObjectNode.Member m, List<String> allowed, String context)
        throws ConfigException {
      if (allowed.contains(m.key())) {
        return m.key();
      }
      List<String> close = Suggestions.closest(m.key(), allowed, 1);
      throw at(m.keySpan(), msg("config.key.unknown", context + m.key())
          + (close.isEmpty() ? msg("config.key.expected", String.join(", ", allowed))
              : msg("config.didyoumean", Suggestions.orList(close))));
    }

    private ObjectNode object(Node v, String what) throws ConfigException {
      if (v instanceof ObjectNode o) {
        return o;
      }
      throw at(v.span(), msg("config.type", what, "a mapping", describe(v)));
    }

    private ArrayNode array(Node v, String what) throws ConfigException {
      if (v instanceof ArrayNode a) {
        return a;
      }
      throw at(v.span(), msg("config.type", "`" + what + "`", "a list", describe(v)));
    }

    private String string(Node v, String what) throws ConfigException {
      if (v instanceof ScalarNode s && s.value() instanceof String str) {
        return str;
      }
      throw at(v.span(), msg("config.type", what, "a string", describe(v)));
    }

    private String scalarText(Node v, String what) throws ConfigException {
      if (v instanceof ScalarNode s && s.value() != null) {
        return String.valueOf(s.value());
      }
      throw at(v.span(), msg("config.type", what, "a string, number or boolean", describe(v)));
    }

    private String describe(Node v) {
      if (v instanceof ScalarNode s && s.value() != null) {
        return s.typeName() + " `" + s.value() + "`";
      }
      return v.typeName();
    }

    private ConfigException at(Span span, String reason) {
      return new ConfigException(name, span.startLine(), span.startColumn(), reason);
    }
  }
}
