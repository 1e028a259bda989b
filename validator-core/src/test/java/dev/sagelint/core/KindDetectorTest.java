package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.SourceFile;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindDetectorTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{ModelName: m, PrimaryContainer: {Image: i}}                 | CreateModel",
      "{ModelName: m, Containers: []}                               | CreateModel",
      "{ModelName: m, ExecutionRoleArn: r}                          | CreateModel",
      "{EndpointConfigName: e, ProductionVariants: []}              | CreateEndpointConfig",
      "{ProductionVariants: []}                                     | CreateEndpointConfig",
      "{ModelName: m, ModelArn: a, CreationTime: 1}                 | DescribeModel",
      "{EndpointConfigName: e, EndpointConfigArn: a, CreationTime: 1} | DescribeEndpointConfig",
      "{name: my-app, version: 1}                                   | ",
      "{ModelName: m}                                               | ",
      "[1, 2]                                                       | ",
      "{EndpointName: e, EndpointConfigName: c}                     | ",
      "{EndpointName: e, EndpointConfigName: c, RetainAllVariantProperties: true} | ",
      "{EndpointName: e, EndpointArn: a, EndpointConfigName: c, ProductionVariants: [], EndpointStatus: InService, CreationTime: 1} | ",
      "{EndpointName: e, EndpointConfigName: c, ProductionVariants: []} | CreateEndpointConfig",
  })
  void detectsKindsFromTheirMembers(String yaml, String expected) {
    var root = new DocumentParser().parse(SourceFile.of("x.yaml", yaml)).documents().get(0).root();
    assertEquals(Optional.ofNullable(expected).map(DocumentKind::parse), KindDetector.detect(root));
  }
}
