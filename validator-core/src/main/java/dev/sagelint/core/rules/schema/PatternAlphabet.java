package dev.sagelint.core.rules.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every character a regular expression can consume: the union of its literals, escapes, classes
 * and dots. A character of a value outside this alphabet is wrong wherever it stands, so SM105 can
 * name it; a value that fails for another reason (a leading hyphen, a missing prefix) has every
 * character inside the alphabet, and the message stays generic.
 *
 * <p>Each consuming piece is tested with {@link Pattern} itself, so classes, ranges, {@code \p{L}}
 * and {@code \S} mean exactly what they mean to the schema validator (also {@code java.util.regex}).
 * Lookarounds consume nothing and only narrow what matches, so they are skipped. A construct that
 * could widen the alphabet in a way this reading does not follow (flags such as {@code (?i)},
 * back-references, quoting) gives no alphabet at all.
 */
final class PatternAlphabet {
  private static final Map<String, Optional<PatternAlphabet>> CACHE = new ConcurrentHashMap<>();

  private final List<Pattern> pieces;

  private PatternAlphabet(List<Pattern> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  /** The alphabet of {@code regex}, or empty when it uses a construct this class does not read. */
  static Optional<PatternAlphabet> of(String regex) {
    return CACHE.computeIfAbsent(regex, PatternAlphabet::parse);
  }

  /** The index (in chars) of the first code point of {@code value} no match can contain, or -1. */
  int firstForeign(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!allows(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  boolean allows(int codePoint) {
    String one = new String(Character.toChars(codePoint));
    for (Pattern p : pieces) {
      if (p.matcher(one).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<PatternAlphabet> parse(String regex) {
    try {
      List<Pattern> pieces = new ArrayList<>();
      int i = 0;
      while (i < regex.length()) {
        char c = regex.charAt(i);
        switch (c) {
          case '\\' -> {
            int end = escapeEnd(regex, i);
            char e = regex.charAt(i + 1);
            if (Character.isDigit(e) || e == 'Q' || e == 'k') {
              return Optional.empty(); // back-reference or quoting: not followed here
            }
            if ("bBAzZG".indexOf(e) < 0) { // those are zero-width
              pieces.add(Pattern.compile(regex.substring(i, end)));
            }
            i = end;
          }
          case '[' -> {
            int end = classEnd(regex, i);
            pieces.add(Pattern.compile(regex.substring(i, end)));
            i = end;
          }
          case '.' -> {
            pieces.add(Pattern.compile("."));
            i++;
          }
          case '(' -> {
            if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
                || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
              i = groupEnd(regex, i); // a lookaround consumes nothing
            } else if (regex.startsWith("(?:", i)) {
              i += 3;
            } else if (regex.startsWith("(?<", i)) {
              i = regex.indexOf('>', i) + 1; // a named group
            } else if (regex.startsWith("(?", i)) {
              return Optional.empty(); // inline flags, atomic groups...
            } else {
              i++;
            }
          }
          case ')', '|', '^', '$', '*', '+', '?' -> i++;
          case '{' -> {
            int close = regex.indexOf('}', i);
            if (close > i && regex.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?")) {
              i = close + 1; // a quantifier
            } else {
              pieces.add(Pattern.compile(Pattern.quote("{")));
              i++;
            }
          }
          default -> {
            int cp = regex.codePointAt(i);
            pieces.add(Pattern.compile(Pattern.quote(new String(Character.toChars(cp)))));
            i += Character.charCount(cp);
          }
        }
      }
      return Optional.of(new PatternAlphabet(pieces));
    } catch (PatternSyntaxException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The end of the escape at {@code i}: {@code \d}, {@code \-}, {@code \p{L}}, {@code \x41}, {@code \u0041}. */
  private static int escapeEnd(String regex, int i) {
    char e = regex.charAt(i + 1);
    if ((e == 'p' || e == 'P') && regex.charAt(i + 2) == '{') {
      return regex.indexOf('}', i) + 1;
    }
    if (e == 'x') {
      return regex.charAt(i + 2) == '{' ? regex.indexOf('}', i) + 1 : i + 4;
    }
    if (e == 'u') {
      return i + 6;
    }
    return i + 2;
  }

  /** The end of the character class opening at {@code i}, nested classes included. */
  private static int classEnd(String regex, int i) {
    int depth = 0;
    int j = i;
    while (j < regex.length()) {
      char c = regex.charAt(j);
      if (c == '\\') {
        j = escapeEnd(regex, j);
        continue;
      }
      if (c == '[') {
        depth++;
        j++;
        // A ']' right after '[' or '[^' is a literal.
        if (j < regex.length() && regex.charAt(j) == '^') {
          j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
          j++;
        }
        continue;
      }
      if (c == ']' && --depth == 0) {
        return j + 1;
      }
      j++;
    }
    throw new IndexOutOfBoundsException("unclosed class in " + regex);
  }

  /** The end of the group opening at {@code i}, skipping escapes, classes and nested groups. */
  private static int groupEnd(String regex, int i) {
    int depth = 0;
    int j = i;
    while (j < regex.length()) {
      char c = regex.charAt(j);
      if (c == '\\') {
        j = escapeEnd(regex, j);
      } else if (c == '[') {
        j = classEnd(regex, j);
      } else {
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return j + 1;
        }
        j++;
      }
    }
    throw new IndexOutOfBoundsException("unclosed group in " + regex);
  }
}
