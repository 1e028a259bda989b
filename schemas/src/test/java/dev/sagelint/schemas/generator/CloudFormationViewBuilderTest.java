package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sagelint.schemas.CloudFormationResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The view builder on small synthetic inputs: the cases the bundled files do not exercise, and its refusals. */
class CloudFormationViewBuilderTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String API = """
      {
        "CreateModelInput": {"type": "structure", "required": ["ModelName", "ExecutionRoleArn"], "members": {
          "ModelName": {"shape": "Name"},
          "ExecutionRoleArn": {"shape": "Name", "deprecated": true},
          "PrimaryContainer": {"shape": "Container"},
          "OnlyInApi": {"shape": "Name"}
        }},
        "Name": {"type": "string", "max": 5, "pattern": "[a-z]+"},
        "Container": {"type": "structure", "members": {"Image": {"shape": "Name"}}}
      }""";

  private static CloudFormationViewBuilder.View build(String resourceSchema) {
    BotocoreModel model = BotocoreModel.ofShapes("2000-01-01", MAPPER.readTree(API));
    return CloudFormationViewBuilder.build(model, CloudFormationResource.MODEL,
        CloudFormationResourceSchema.of("test.json", MAPPER.readTree(resourceSchema)));
  }

  @Test
  void structureFromTheResourceSchemaValuesFromTheApi() {
    CloudFormationViewBuilder.View view = build("""
        {"typeName": "AWS::SageMaker::Model", "additionalProperties": false,
         "readOnlyProperties": ["/properties/ModelArn"],
         "properties": {
           "ModelName": {"type": "string", "maxLength": 63},
           "ExecutionRoleArn": {"type": "string"},
           "ModelArn": {"type": "string"},
           "PrimaryContainer": {"$ref": "#/definitions/Container"},
           "Extra": {"type": "string", "minLength": 0, "maxLength": 3, "pattern": "^x+$", "format": "ignored"}
         },
         "definitions": {"Container": {"type": "object", "additionalProperties": false, "required": ["Image"],
           "properties": {"Image": {"type": "string"}}}}}
        """);
    JsonNode schema = view.schema();
    assertEquals(List.of("ModelName", "ExecutionRoleArn", "PrimaryContainer", "Extra"),
        List.copyOf(schema.path("properties").propertyNames()), "resource schema order, read-only ModelArn left out");
    assertTrue(schema.path("required").isMissingNode(), "the API's required list does not apply");
    assertEquals(MAPPER.readTree("""
        {"title": "Name", "type": "string", "maxLength": 5, "pattern": "^(?:[a-z]+)$"}"""), schema.path("$defs").path("Name"));
    assertEquals(MAPPER.readTree("""
        {"$ref": "#/$defs/Name", "deprecated": true}"""), schema.path("properties").path("ExecutionRoleArn"));
    assertEquals(MAPPER.readTree("""
        {"title": "Container", "type": "object", "properties": {"Image": {"$ref": "#/$defs/Name"}},
         "required": ["Image"], "additionalProperties": false}"""), schema.path("$defs").path("Container"));
    assertEquals(MAPPER.readTree("""
        {"type": "string", "maxLength": 3, "pattern": "^(?:^x+$)$"}"""), schema.path("properties").path("Extra"),
        "a property the API lacks keeps the resource schema's constraints, in the API schemas' keyword forms");
    assertEquals(List.of("CreateModel.OnlyInApi"), view.apiOnly());
    assertEquals(List.of("ModelArn"), view.readOnly());
    assertEquals(new CloudFormationViewBuilder.MappedProperty("PrimaryContainer.Image", "CreateModel",
        "PrimaryContainer.Image", "Name"), view.properties().get(3));
    assertEquals(new CloudFormationViewBuilder.MappedProperty("Extra", null, null, null), view.properties().get(4));
  }

  @Test
  void aStructuralDisagreementIsRefusedNotGuessed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build("""
        {"typeName": "AWS::SageMaker::Model", "properties": {"PrimaryContainer": {"type": "array", "items": {"type": "string"}}}}
        """));
    assertTrue(e.getMessage().contains("test.json PrimaryContainer is a list but API model 2000-01-01 shape Container is a structure"),
        e.getMessage());
    IllegalArgumentException untyped = assertThrows(IllegalArgumentException.class, () -> build("""
        {"typeName": "AWS::SageMaker::Model", "properties": {"ModelName": {"anyOf": [{"type": "string"}]}}}
        """));
    assertTrue(untyped.getMessage().contains("ModelName has type []"), untyped.getMessage());
  }

  @Test
  void aResourceSchemaOfAnotherTypeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build("""
        {"typeName": "AWS::SageMaker::Endpoint", "properties": {}}
        """));
    assertTrue(e.getMessage().contains("describes AWS::SageMaker::Endpoint, not AWS::SageMaker::Model"), e.getMessage());
  }
}
