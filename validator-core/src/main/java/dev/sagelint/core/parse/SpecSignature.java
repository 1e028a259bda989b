package dev.sagelint.core.parse;

import java.util.List;

/**
 * A cheap guess at whether text that could not be parsed or read was meant to be a SageMaker spec.
 * pre-commit hands sagelint every JSON and YAML file in a repository, including Helm templates
 * that are not valid YAML and data files in other encodings; reporting those would make users
 * switch the hook off. Only when a broken file names SageMaker members is its breakage reported.
 */
public final class SpecSignature {
  private static final List<String> MEMBERS = List.of("ModelName", "EndpointConfigName",
      "ProductionVariants", "PrimaryContainer", "ExecutionRoleArn", "ModelArn", "EndpointConfigArn",
      "AWS::SageMaker::Model", "AWS::SageMaker::EndpointConfig");

  private SpecSignature() {}

  public static boolean looksLikeSpec(CharSequence text) {
    String s = text.toString();
    for (String m : MEMBERS) {
      if (s.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
