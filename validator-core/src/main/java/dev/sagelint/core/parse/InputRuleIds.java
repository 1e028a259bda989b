package dev.sagelint.core.parse;

/** Rule ids of the problems the parser reports (documented by the classes in rules.input). */
public final class InputRuleIds {
  public static final String SYNTAX = "SM001";
  public static final String DUPLICATE_KEY = "SM002";
  public static final String LIMIT = "SM003";
  public static final String UNREADABLE = "SM004";
  public static final String YAML_TAG = "SM005";
  /** A named file that is a spec with its member names in another case. */
  public static final String OTHER_KEY_CASE = "SM006";
  /** A named file that is not a SageMaker spec at all. */
  public static final String NOT_A_SPEC = "SM007";

  private InputRuleIds() {}
}
