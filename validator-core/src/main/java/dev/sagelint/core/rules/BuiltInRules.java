package dev.sagelint.core.rules;

import dev.sagelint.core.rules.common.CommonRules;
import dev.sagelint.core.rules.config.ConfigRules;
import dev.sagelint.core.rules.crossdoc.CrossDocumentRules;
import dev.sagelint.core.rules.endpointconfig.EndpointConfigRules;
import dev.sagelint.core.rules.hygiene.HygieneRules;
import dev.sagelint.core.rules.input.InputRules;
import dev.sagelint.core.rules.model.ModelRules;
import dev.sagelint.core.rules.schema.SchemaRules;
import dev.sagelint.core.rules.template.TemplateRules;
import java.util.List;
import java.util.stream.Stream;

/**
 * One instance of every built-in rule, as each rule package lists them (so adding a rule touches
 * one package). Apart from {@link RuleCatalog} so that writing the {@link RuleIndex} does not
 * build the default catalogue, which would read the index being replaced.
 */
final class BuiltInRules {
  private BuiltInRules() {}

  static List<Object> all() {
    return Stream.of(InputRules.all(), ConfigRules.all(), SchemaRules.all(), ModelRules.all(),
            EndpointConfigRules.all(), CrossDocumentRules.all(), CommonRules.all(), HygieneRules.all(),
            TemplateRules.all())
        .flatMap(List::stream)
        .<Object>map(o -> o)
        .toList();
  }
}
