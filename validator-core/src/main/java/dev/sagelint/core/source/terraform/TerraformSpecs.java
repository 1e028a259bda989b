package dev.sagelint.core.source.terraform;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.Assumption;
import dev.sagelint.core.source.Link;
import dev.sagelint.core.source.Spec;
import dev.sagelint.core.source.Variation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Turns the SageMaker resources a Terraform input declares (in the shape of the JSON configuration
 * syntax, whatever the input) into specs, and resolves their references: a variant's
 * {@code model_name = aws_sagemaker_model.m.name} links the config to model {@code m}; an
 * endpoint's {@code endpoint_config_name} is checked the same way. Endpoints are read for that
 * check only, as in CloudFormation.
 */
final class TerraformSpecs {
  static final String MODEL = "aws_sagemaker_model";
  static final String CONFIG = "aws_sagemaker_endpoint_configuration";
  static final String ENDPOINT = "aws_sagemaker_endpoint";

  private static final Pattern MODEL_SLOT =
      Pattern.compile("/(Shadow)?ProductionVariants/\\d+/ModelName");
  private static final Pattern CONFIG_SLOT = Pattern.compile("/EndpointConfigName");
  /** Attributes that hold the resource's name: {@code id} is the name for these resources. */
  private static final Set<String> NAME_ATTRIBUTES = Set.of("name", "id");

  /**
   * One resource as a front end found it.
   *
   * @param address {@code aws_sagemaker_model.m}, or the plan's instance address
   * @param body the resource's arguments in JSON configuration shape
   * @param filePointer the pointer of {@code body} in the file
   * @param extent the whole declaration, for suppression comments above it
   * @param variables variables whose defaults the body was built with
   * @param rebuild the same resource with variables at other values or unknown; null when none
   */
  record Declared(String type, String address, ObjectNode body, String filePointer, Span extent,
      List<HclTree.VariableUse> variables,
      BiFunction<Map<String, String>, Set<String>, Declared> rebuild,
      java.util.function.Function<HclTree.Shape, Declared> reshape) {}

  private final SourceFile source;
  private final int index;
  private final boolean plan;
  private final Set<String> moduleAddresses;
  private final Set<String> fileAddresses;

  /**
   * @param moduleAddresses every resource address of the module (other files included), so a
   *     reference to a resource declared beside this file is not reported as missing
   * @param fileAddresses the addresses of this file's specs, which links can name
   */
  TerraformSpecs(SourceFile source, int index, boolean plan, Set<String> moduleAddresses,
      Set<String> fileAddresses) {
    this.source = source;
    this.index = index;
    this.plan = plan;
    this.moduleAddresses = moduleAddresses;
    this.fileAddresses = fileAddresses;
  }

  static DocumentKind kindOf(String type) {
    return switch (type) {
      case MODEL -> DocumentKind.CREATE_MODEL;
      case CONFIG -> DocumentKind.CREATE_ENDPOINT_CONFIG;
      default -> null;
    };
  }

  /** The spec of {@code d} (null for an endpoint); problems go to {@code problems}. */
  Spec spec(Declared d, TerraformProblems problems) {
    TerraformMapping.Resource mapping = TerraformMapping.bundled().resource(d.type());
    TerraformViewBuilder.View view = new TerraformViewBuilder(plan).build(mapping, d.body(),
        d.filePointer(), d.extent());
    List<Link> links = new ArrayList<>();
    for (TerraformViewBuilder.Reference r : view.references()) {
      link(r, links, problems);
    }
    DocumentKind kind = kindOf(d.type());
    if (kind == null) {
      return null;
    }
    Variation variation = (d.variables().isEmpty() || d.rebuild() == null) && d.reshape() == null
        ? null : new VariableVariation(this, d);
    return new Spec(d.address(), kind, d.address(),
        new ParsedDocument(source, index, view.root()), view.origin(), null, true, links,
        d.extent(), Set.of(), variation);
  }

  private void link(TerraformViewBuilder.Reference r, List<Link> links, TerraformProblems problems) {
    String expected = MODEL_SLOT.matcher(r.viewPointer()).matches() ? MODEL
        : CONFIG_SLOT.matcher(r.viewPointer()).matches() ? CONFIG : null;
    if (expected == null) {
      return;
    }
    if (!r.type().equals(expected)) {
      if (r.type().equals(MODEL) || r.type().equals(CONFIG) || r.type().equals(ENDPOINT)) {
        problems.add(TerraformProblems.MISSING_TARGET, r.filePointer(), r.span(), "link.type",
            r.address(), r.type(), expected);
      }
      return;
    }
    if (!moduleAddresses.contains(r.address())) {
      problems.add(TerraformProblems.MISSING_TARGET, r.filePointer(), r.span(), "link.missing",
          r.type(), r.name());
      return;
    }
    if (!NAME_ATTRIBUTES.contains(r.attribute())) {
      problems.add(TerraformProblems.ARN_FOR_NAME, r.filePointer(), r.span(), "link.attribute",
          r.address(), r.attribute());
      return;
    }
    if (fileAddresses.contains(r.address())) {
      links.add(Link.bySpec(r.viewPointer(), r.address()));
    }
  }

  /** The same resource with its variables at other values, or unknown. */
  private record VariableVariation(TerraformSpecs specs, Declared declared) implements Variation {
    @Override
    public List<Assumption> assumptions() {
      List<Assumption> out = new ArrayList<>();
      for (HclTree.VariableUse v : declared.variables()) {
        out.add(new Assumption(v.name(), "variable `" + v.name() + "`", v.value(), v.declaredAt(),
            List.of()));
      }
      return out;
    }

    @Override
    public List<Spec> alternatives() {
      if (declared.reshape() == null) {
        return List.of();
      }
      TerraformProblems discard = new TerraformProblems(specs.source, specs.index);
      return List.of(specs.spec(declared.reshape().apply(HclTree.Shape.WITHOUT_MAYBE_NULL), discard),
          specs.spec(declared.reshape().apply(HclTree.Shape.WITHOUT_OPTIONAL), discard));
    }

    @Override
    public Spec vary(Map<String, String> values, Set<String> unknown) {
      // Problems were reported when the spec was first built; a rebuild must not repeat them.
      return specs.spec(declared.rebuild().apply(values, unknown),
          new TerraformProblems(specs.source, specs.index));
    }
  }
}
