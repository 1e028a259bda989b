package dev.sagelint.core.rules.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PyYAML's resolution of plain scalars, which the rule compares with sagelint's YAML 1.2 one. */
class Yaml11Test {
  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      yes        | BOOLEAN   | true
      Off        | BOOLEAN   | false
      ON         | BOOLEAN   | true
      true       | BOOLEAN   | true
      y          | BOOLEAN   | true
      N          | BOOLEAN   | false
      0755       | INTEGER   | 493
      010        | INTEGER   | 8
      00         | INTEGER   | 0
      1_000      | INTEGER   | 1000
      0b101      | INTEGER   | 5
      0x1F       | INTEGER   | 31
      -0x1F      | INTEGER   | -31
      1:30       | INTEGER   | 90
      190:20:30  | INTEGER   | 685230
      +42        | INTEGER   | 42
      1.5        | FLOAT     | 1.5
      1.         | FLOAT     | 1
      .5         | FLOAT     | 0.5
      1.0e+3     | FLOAT     | 1000
      1:30.5     | FLOAT     | 90.5
      2024-05-01 | TIMESTAMP | 2024-05-01
      1e3        | STRING    | 1e3
      1.5e3      | STRING    | 1.5e3
      -.5        | STRING    | -.5
      08         | STRING    | 08
      0o17       | STRING    | 0o17
      yes-please | STRING    | yes-please
      .inf       | SPECIAL_FLOAT | .inf
      """)
  void readsLikePyYaml(String text, Yaml11.Type type, String value) {
    Yaml11.Reading r = Yaml11.read(text);
    assertEquals(type, r.type());
    Object expected = switch (type) {
      case BOOLEAN -> Boolean.valueOf(value);
      case INTEGER -> new BigInteger(value);
      default -> value;
    };
    if (type == Yaml11.Type.FLOAT) {
      assertEquals(0, new BigDecimal(value).compareTo((BigDecimal) r.value()), text);
    } else {
      assertEquals(expected, r.value());
    }
  }

  @ParameterizedTest
  @CsvSource({"~", "null", "Null", "NULL"})
  void readsTheSameNullsAsYaml12(String text) {
    assertEquals(Yaml11.Type.NULL, Yaml11.read(text).type());
  }
}
