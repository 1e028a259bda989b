package dev.sagelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.rules.schema.SchemaRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Views of CloudFormation resource properties (as the CloudFormation front end builds them) validated
 * against the bundled CloudFormation schemas, and described by the SM1xx rules exactly as API
 * requests are: pointer, keyword, member, message, hint and location.
 */
class CloudFormationSchemaValidationTest {
  private static final String MODEL = "AWS::SageMaker::Model";
  private static final String ENDPOINT_CONFIG = "AWS::SageMaker::EndpointConfig";
  private static final String ENDPOINT = "AWS::SageMaker::Endpoint";

  private final SchemaValidator validator = SchemaValidator.bundled();

  private static ParsedDocument view(String json) {
    return new DocumentParser().parse(SourceFile.of("view.json", json)).documents().get(0);
  }

  private List<SchemaViolation> validate(ApiVersion version, String type, String json) {
    return validator.validate(view(json), SchemaValidator.cloudFormationSchemaId(version, type));
  }

  /** keyword, pointer, member, and the rule's description: "message | hint @ line:column". */
  private List<String> described(ApiVersion version, String type, String json) {
    return validate(version, type, json).stream().map(v -> {
      Described d = ruleFor(v.keyword()).describe(v);
      return v.keyword() + " " + v.pointer() + " " + v.property() + ": " + d.message() + " | " + d.hint()
          + " @ " + d.pointer() + " " + d.span().startLine() + ":" + d.span().startColumn();
    }).toList();
  }

  private static SchemaKeywordRule ruleFor(String keyword) {
    return SchemaRules.all().stream().map(r -> (SchemaKeywordRule) r)
        .filter(r -> r.keywords().contains(keyword)).findFirst().orElseThrow();
  }

  @Test
  void aMisspeltPropertyIsAnUnknownMemberWithTheCloudFormationNameSuggested() {
    assertEquals(List.of("additionalProperties  ExecutionRoleARN: `ExecutionRoleARN` is not a member of"
            + " `CloudFormation AWS::SageMaker::Model properties (API model 2026-08-07)`; AWS rejects unknown members."
            + " | Did you mean `ExecutionRoleArn`? @ /ExecutionRoleARN 2:3"),
        described(ApiVersion.V2026_08_07, MODEL, """
            {
              "ExecutionRoleARN": "arn:aws:iam::123456789012:role/r",
              "PrimaryContainer": {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/i:1"}
            }
            """));
  }

  @Test
  void anUnknownInstanceTypeIsAnEnumFindingWithTheApisValuesSuggested() {
    assertEquals(List.of("enum /ProductionVariants/0/InstanceType null: `ml.m5.xlargee` is not an allowed value for"
            + " `ProductionVariants[0].InstanceType`. | Did you mean `ml.m5.xlarge`, `ml.c5.xlarge` or `ml.g5.xlarge`?"
            + " @ /ProductionVariants/0/InstanceType 2:90"),
        described(ApiVersion.V2026_08_07, ENDPOINT_CONFIG, """
            {
              "ProductionVariants": [{"VariantName": "AllTraffic", "ModelName": "m", "InstanceType": "ml.m5.xlargee",
                "InitialInstanceCount": 1}]
            }
            """));
  }

  @Test
  void namesCloudFormationGeneratesMayBeLeftOut() {
    for (ApiVersion version : ApiVersion.values()) {
      assertEquals(List.of(), validate(version, MODEL, """
          {"ExecutionRoleArn": "arn:aws:iam::123456789012:role/r",
           "PrimaryContainer": {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/i:1"}}
          """), version.id());
      assertEquals(List.of(), validate(version, ENDPOINT_CONFIG, """
          {"ProductionVariants": [{"VariantName": "AllTraffic", "ModelName": "m", "InstanceType": "ml.m5.xlarge",
            "InitialInstanceCount": 1, "InitialVariantWeight": 1.0}]}
          """), version.id());
    }
  }

  @Test
  void apiMembersCloudFormationDoesNotAcceptAreUnknownMembers() {
    assertEquals(List.of("additionalProperties /ProductionVariants/0 CoreDumpConfig: `CoreDumpConfig` is not a member"
            + " of `ProductionVariant`; AWS rejects unknown members. | Remove it, or check the name against the API"
            + " version you target (--api-version). @ /ProductionVariants/0/CoreDumpConfig 1:77"),
        described(ApiVersion.V2026_08_07, ENDPOINT_CONFIG,
            "{\"ProductionVariants\": [{\"VariantName\": \"v\", \"InstanceType\": \"ml.m5.large\", \"CoreDumpConfig\":"
                + " {\"DestinationS3Uri\": \"s3://b/p\"}}]}"));
  }

  @Test
  void requiredMembersTypesAndMapKeysAreDescribedAsForRequests() {
    assertEquals(List.of("required  EndpointConfigName: Required member `EndpointConfigName` is missing from the"
            + " document. | Add `EndpointConfigName`. @  1:1"),
        described(ApiVersion.V2021_02_22, ENDPOINT, "{\"EndpointName\": \"e\"}"));
    assertEquals(List.of("propertyNames /PrimaryContainer/Environment MODEL-NAME: Key `MODEL-NAME` of"
            + " `PrimaryContainer.Environment` is not allowed: it must match [a-zA-Z_][a-zA-Z0-9_]*, and be at most"
            + " 1024 characters long. | null @ /PrimaryContainer/Environment/MODEL-NAME 1:39"),
        described(ApiVersion.V2026_08_07, MODEL, "{\"PrimaryContainer\": {\"Environment\": {\"MODEL-NAME\": \"x\"}}}"));
    assertEquals(List.of("type /PrimaryContainer/Environment null: `PrimaryContainer.Environment` must be an object or"
            + " a string, but it is an array. | null @ /PrimaryContainer/Environment 1:38"),
        described(ApiVersion.V2026_08_07, MODEL, "{\"PrimaryContainer\": {\"Environment\": []}}"));
    assertEquals(List.of(), validate(ApiVersion.V2026_08_07, MODEL,
        "{\"PrimaryContainer\": {\"Environment\": \"{\\\"MODEL_NAME\\\": \\\"x\\\"}\"}}"),
        "CloudFormation also takes Environment as a JSON string");
  }

  @Test
  void everyBundledVersionAndTypeLoadsAndOtherTypesHaveNoSchema() {
    for (ApiVersion version : ApiVersion.values()) {
      assertEquals(List.of(), validate(version, MODEL, "{}"), version.id());
      assertEquals(List.of("required  ProductionVariants"), validate(version, ENDPOINT_CONFIG, "{}").stream()
          .map(v -> v.keyword() + " " + v.pointer() + " " + v.property()).toList(), version.id());
      assertEquals(List.of("required  EndpointConfigName"), validate(version, ENDPOINT, "{}").stream()
          .map(v -> v.keyword() + " " + v.pointer() + " " + v.property()).toList(), version.id());
    }
    assertNull(SchemaValidator.cloudFormationSchemaId(ApiVersion.latest(), "AWS::S3::Bucket"));
  }
}
