package dev.sagelint.core.parse;

/** Rule ids of the problems the parser reports (documented by the classes in rules.input). */
public final class InputRuleIds {
  public static final String SYNTAX = "SM001";
  public static final String DUPLICATE_KEY = "SM002";
  public static final String LIMIT = "SM003";
  public static final String UNREADABLE = "SM004";
  public static final String YAML_TAG = "SM005";

  private InputRuleIds() {}
}
