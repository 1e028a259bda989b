package dev.sagelint.core.files;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A path glob as used in {@code include}, {@code exclude} and suppression entries, matched against
 * {@code /}-separated paths relative to a base directory (the configuration file's directory).
 *
 * <p>Semantics follow {@code .gitignore}, which users already know: {@code *} and {@code ?} stay
 * within one path segment, {@code **} spans any number of segments (including none), {@code [ab]}
 * and {@code {json,yaml}} work as in shells. A pattern without a {@code /} matches a name at any
 * depth ({@code *.generated.json}); a pattern with one is anchored at the base directory. A pattern
 * that matches a directory matches everything below it ({@code exclude: [vendor]}).
 */
public final class Glob {
  private final String pattern;
  private final Pattern regex;

  private Glob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  /**
   * Compiles {@code pattern}.
   *
   * @throws IllegalArgumentException with a user-facing reason when the pattern is malformed
   */
  public static Glob compile(String pattern) {
    String p = pattern.trim();
    if (p.isEmpty()) {
      throw new IllegalArgumentException("a glob cannot be empty");
    }
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1); // "dir/" means the same as "dir" here
    }
    boolean anchored = p.indexOf('/') >= 0;
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.isEmpty()) {
      throw new IllegalArgumentException("the glob '" + pattern + "' names no file");
    }
    StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
    translate(p, re);
    try {
      return new Glob(pattern, Pattern.compile(re.toString()));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("malformed glob '" + pattern + "'", e);
    }
  }

  private static void translate(String p, StringBuilder re) {
    int braces = 0;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
        boolean segmentStart = i == 0 || p.charAt(i - 1) == '/';
        boolean followedBySlash = i + 2 < p.length() && p.charAt(i + 2) == '/';
        boolean atEnd = i + 2 == p.length();
        if (segmentStart && followedBySlash) {
          re.append("(?:.*/)?");
          i += 3;
        } else if (segmentStart && atEnd) {
          re.append(".*");
          i += 2;
        } else {
          throw new IllegalArgumentException("'**' must be a whole path segment in '" + p + "'");
        }
        continue;
      }
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = p.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed '[' in '" + p + "'");
          }
          String body = p.substring(i + 1, close);
          if (body.startsWith("!")) {
            body = "^" + body.substring(1);
          }
          re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = close;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("unmatched '}' in '" + p + "'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    if (braces != 0) {
      throw new IllegalArgumentException("unclosed '{' in '" + p + "'");
    }
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }

  /**
   * Whether the pattern matches {@code relativePath} ({@code /}-separated, relative to the base
   * directory) or one of its parent directories.
   */
  public boolean matches(String relativePath) {
    String path = relativePath;
    while (true) {
      if (regex.matcher(path).matches()) {
        return true;
      }
      int slash = path.lastIndexOf('/');
      if (slash <= 0) {
        return false;
      }
      path = path.substring(0, slash);
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
