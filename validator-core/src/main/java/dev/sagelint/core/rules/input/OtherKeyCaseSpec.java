package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the source layer, for a file the user named: a spec with camelCase keys. */
@RuleInfo(
    id = "SM006",
    title = "Named file is a spec with its member names in another case",
    severity = Severity.WARNING,
    description = """
        A file named on the command line (not found by walking a directory) would be a CreateModel \
        or CreateEndpointConfig request, or a Describe response, if its top-level keys were written \
        as the SageMaker API names them: `modelName` or `model_name` instead of `ModelName`, as \
        the CDK's L1 props (`CfnModelProps`) write them. Nothing in such a file is \
        checked; the finding names the first such key and its API name.

        Files found in a directory stay silent: a repository holds many JSON and YAML files that \
        are not specs.""",
    rationale = """
        The AWS CLI and boto3 take the API's PascalCase member names and reject others as unknown \
        parameters. A file the user asked sagelint to check and that it skipped in silence reads \
        as a clean result; saying why it was skipped, and what the key would be, turns that false \
        reassurance into a fix (rename the keys, or lint the template the CDK synthesizes).""")
public final class OtherKeyCaseSpec {}
