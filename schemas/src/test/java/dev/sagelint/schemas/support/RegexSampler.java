package dev.sagelint.schemas.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
* Produces strings that a Java regular expression matches in full ({@link java.util.regex.Matcher#matches()},
* which is how AWS applies botocore patterns), with an exact length, and finds nearby strings it rejects.
*
* <p>Supported: literals and escaped literals, character classes (including negation, ranges, {@code \p{..}},
* {@code \s \S \d \w} and {@code .}), groups (capturing, non-capturing), alternation, the quantifiers
* {@code * + ? {n} {n,} {n,m}} (lazy/possessive suffixes accepted), and the zero-width {@code ^ $} and
* lookarounds. Zero-width parts are not used while generating; every produced string is checked with
* {@link Pattern#matches} and only returned when it really matches, so an unusual construct can make the
* sampler give up ({@link Optional#empty()}) but never makes it lie.
*
* <p>Generation works on length sets: for every node the set of string lengths it can produce (up to
* {@link #MAX_LENGTH}) is computed as a bit set, so a target length is only attempted when it is reachable,
* and each part of a sequence or repetition is given a length from which the rest can still be completed.
* Character classes are resolved by compiling the class text itself with {@code java.util.regex} and testing
* candidate characters, so Java's exact class semantics apply.
*/
public final class RegexSampler {

  /** Longest string the sampler reasons about; botocore's longest string limit here is 4096. */
  public static final int MAX_LENGTH = 4200;

  private static final BigInteger MASK = BigInteger.ONE.shiftLeft(MAX_LENGTH + 1).subtract(BigInteger.ONE);
  private static final BigInteger ZERO_ONLY = BigInteger.ONE;

  /** Characters tried first, so generated values look like ordinary identifiers. */
  private static final String PREFERRED =
      "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_./:=+@ ,\t";

  /** Characters used to break a matching string into a non-matching one. */
  private static final List<String> BREAKERS = List.of(
      "_", "!", " ", "#", "-", ".", "/", ":", "\n", "\u00e9", "A", "0", "a", "@", "+", "=", "\t", "\u00a0",
      "..", "$", "*", "?", "\\", "%");

  private static final Map<String, RegexSampler> CACHE = new ConcurrentHashMap<>();

  private final String regex;
  private final Pattern compiled;
  private final Node root;
  private final Map<Integer, Boolean> universal = new ConcurrentHashMap<>();

  private RegexSampler(String regex) {
    this.regex = regex;
    this.compiled = Pattern.compile(regex);
    this.root = new Parser(regex).parse();
  }

  /**
  * A (cached) sampler for {@code regex}.
  *
  * @throws UnsupportedOperationException when the regex uses a construct outside the supported subset
  */
  public static RegexSampler of(String regex) {
    return CACHE.computeIfAbsent(regex, RegexSampler::new);
  }

  public String regex() {
    return regex;
  }

  /** AWS semantics: the whole value must match. */
  public boolean matches(String value) {
    return compiled.matcher(value).matches();
  }

  /** Whether some string of exactly {@code length} characters could match (ignoring lookarounds). */
  public boolean lengthPossible(int length) {
    return length >= 0 && length <= MAX_LENGTH && root.lengths().testBit(length);
  }

  /** A matching string of exactly {@code length} characters, if the sampler can build one. */
  public Optional<String> sampleOfLength(int length) {
    if (!lengthPossible(length)) {
      return Optional.empty();
    }
    for (int variant = 0; variant < 8; variant++) {
      StringBuilder out = new StringBuilder(length);
      root.generate(length, variant, out);
      String candidate = out.toString();
      if (candidate.length() == length && matches(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The shortest matching string with a length in {@code [minLength, maxLength]}. */
  public Optional<String> shortest(int minLength, int maxLength) {
    for (int length = Math.max(0, minLength); length <= Math.min(maxLength, MAX_LENGTH); length++) {
      if (lengthPossible(length)) {
        Optional<String> sample = sampleOfLength(length);
        if (sample.isPresent()) {
          return sample;
        }
      }
    }
    return Optional.empty();
  }

  /** The longest matching string with a length in {@code [minLength, maxLength]}. */
  public Optional<String> longest(int minLength, int maxLength) {
    for (int length = Math.min(maxLength, MAX_LENGTH); length >= Math.max(0, minLength); length--) {
      if (lengthPossible(length)) {
        Optional<String> sample = sampleOfLength(length);
        if (sample.isPresent()) {
          return sample;
        }
      }
    }
    return Optional.empty();
  }

  /**
  * A string with a length in {@code [minLength, maxLength]} that does NOT match and is not in
  * {@code excluded}, found by mutating matching strings (replace, insert, delete one character) and then
  * trying a few fixed candidates. Deterministic: the first candidate that qualifies wins.
  */
  public Optional<String> nonMatching(int minLength, int maxLength, Set<String> excluded) {
    List<String> bases = new ArrayList<>();
    shortest(Math.max(minLength, 1), maxLength).ifPresent(bases::add);
    shortest(minLength, maxLength).ifPresent(bases::add);
    longest(minLength, Math.min(maxLength, minLength + 40)).ifPresent(bases::add);
    for (String base : bases) {
      for (String candidate : mutations(base)) {
        if (qualifiesAsNonMatching(candidate, minLength, maxLength, excluded)) {
          return Optional.of(candidate);
        }
      }
    }
    for (String breaker : BREAKERS) {
      for (String candidate : List.of(breaker, "", breaker.repeat(Math.max(1, minLength)),
          breaker + "a".repeat(Math.max(0, minLength - breaker.length())))) {
        if (qualifiesAsNonMatching(candidate, minLength, maxLength, excluded)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
  * True when the pattern provably accepts every string of length at least {@code minRepeat} (0 or 1):
  * it is a single character class repeated without upper bound, and the class contains every code
  * point (checked exhaustively). Such a pattern constrains nothing, so no violating value exists.
  */
  public boolean acceptsEverythingFrom(int minRepeat) {
    return universal.computeIfAbsent(minRepeat, this::checkAcceptsEverythingFrom);
  }

  private boolean checkAcceptsEverythingFrom(int minRepeat) {
    Node node = root;
    if (node instanceof Seq seq && seq.children.size() == 1) {
      node = seq.children.get(0);
    }
    if (!(node instanceof Repeat repeat) || repeat.max != Repeat.UNBOUNDED || repeat.min > minRepeat) {
      return false;
    }
    Node element = repeat.element;
    if (element instanceof Seq seq && seq.children.size() == 1) {
      element = seq.children.get(0);
    }
    if (!(element instanceof CharClass chars)) {
      return false;
    }
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!chars.matcher.matcher(new String(Character.toChars(cp))).matches()) {
        return false;
      }
    }
    return true;
  }

  private boolean qualifiesAsNonMatching(String candidate, int minLength, int maxLength, Set<String> excluded) {
    int length = candidate.codePointCount(0, candidate.length());
    return length >= minLength && length <= maxLength && !excluded.contains(candidate) && !matches(candidate);
  }

  private static List<String> mutations(String base) {
    List<String> out = new ArrayList<>();
    int n = base.length();
    int[] positions = n == 0 ? new int[0] : new int[] {0, n - 1, n / 2};
    for (String breaker : BREAKERS) {
      for (int position : positions) {
        out.add(base.substring(0, position) + breaker + base.substring(position + 1));
      }
      out.add(breaker + base);
      out.add(base + breaker);
    }
    if (n > 0) {
      out.add(base.substring(1));
      out.add(base.substring(0, n - 1));
    }
    return out;
  }

  // ---------------------------------------------------------------- length sets

  private static BigInteger single(int length) {
    return BigInteger.ONE.shiftLeft(length);
  }

  /** {a + b | a in x, b in y}, capped at MAX_LENGTH; iterates over the sparser operand. */
  private static BigInteger sumset(BigInteger x, BigInteger y) {
    if (x.signum() == 0 || y.signum() == 0) {
      return BigInteger.ZERO;
    }
    BigInteger sparse = x.bitCount() <= y.bitCount() ? x : y;
    BigInteger dense = sparse == x ? y : x;
    BigInteger result = BigInteger.ZERO;
    for (int i = sparse.getLowestSetBit(); i >= 0 && i <= MAX_LENGTH; i = nextSetBit(sparse, i + 1)) {
      result = result.or(dense.shiftLeft(i));
    }
    return result.and(MASK);
  }

  private static int nextSetBit(BigInteger set, int from) {
    for (int i = from; i < set.bitLength(); i++) {
      if (set.testBit(i)) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- AST

  private abstract static class Node {
    private BigInteger lengths;

    final BigInteger lengths() {
      if (lengths == null) {
        lengths = computeLengths();
      }
      return lengths;
    }

    abstract BigInteger computeLengths();

    /** Appends a string of exactly {@code length} characters; the caller guarantees the length is possible. */
    abstract void generate(int length, int variant, StringBuilder out);
  }

  private static final class Literal extends Node {
    final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    BigInteger computeLengths() {
      return single(text.length());
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
      out.append(text);
    }
  }

  /** A character class, {@code .}, or a class escape; membership is decided by java.util.regex itself. */
  private static final class CharClass extends Node {
    final Pattern matcher;
    final List<Character> allowed = new ArrayList<>();

    CharClass(String source) {
      this.matcher = Pattern.compile(source);
      for (char c : PREFERRED.toCharArray()) {
        if (accepts(c)) {
          allowed.add(c);
        }
      }
      for (char c = 0x20; allowed.isEmpty() && c < Character.MIN_SURROGATE; c++) {
        if (accepts(c)) {
          allowed.add(c);
        }
      }
    }

    private boolean accepts(char c) {
      return matcher.matcher(String.valueOf(c)).matches();
    }

    @Override
    BigInteger computeLengths() {
      return allowed.isEmpty() ? BigInteger.ZERO : single(1);
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
      // Variant 0 always uses the first preferred character; later variants rotate, which is enough
      // to step around lookarounds such as (?<!-) or (?!.*\.\.).
      out.append(allowed.get(variant % allowed.size()));
    }
  }

  /** Anchors and lookarounds: produce nothing; Pattern.matches checks them afterwards. */
  private static final class ZeroWidth extends Node {
    @Override
    BigInteger computeLengths() {
      return ZERO_ONLY;
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
    }
  }

  private static final class Seq extends Node {
    final List<Node> children;
    private BigInteger[] suffixes;

    Seq(List<Node> children) {
      this.children = children;
    }

    @Override
    BigInteger computeLengths() {
      return suffixes()[0];
    }

    /** suffixes[i] = lengths producible by children i..end. */
    private BigInteger[] suffixes() {
      if (suffixes == null) {
        BigInteger[] s = new BigInteger[children.size() + 1];
        s[children.size()] = ZERO_ONLY;
        for (int i = children.size() - 1; i >= 0; i--) {
          s[i] = sumset(children.get(i).lengths(), s[i + 1]);
        }
        suffixes = s;
      }
      return suffixes;
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
      BigInteger[] s = suffixes();
      int remaining = length;
      for (int i = 0; i < children.size(); i++) {
        Node child = children.get(i);
        int chosen = pick(child.lengths(), s[i + 1], remaining, variant % 2 == 1);
        child.generate(chosen, variant, out);
        remaining -= chosen;
      }
    }
  }

  /** A length l in {@code own} with (target - l) in {@code rest}; the smallest, or the largest if asked. */
  private static int pick(BigInteger own, BigInteger rest, int target, boolean largestFirst) {
    if (largestFirst) {
      for (int l = target; l >= 0; l--) {
        if (own.testBit(l) && rest.testBit(target - l)) {
          return l;
        }
      }
    } else {
      for (int l = 0; l <= target; l++) {
        if (own.testBit(l) && rest.testBit(target - l)) {
          return l;
        }
      }
    }
    throw new IllegalStateException("no feasible split of length " + target);
  }

  private static final class Alt extends Node {
    final List<Node> options;

    Alt(List<Node> options) {
      this.options = options;
    }

    @Override
    BigInteger computeLengths() {
      BigInteger all = BigInteger.ZERO;
      for (Node option : options) {
        all = all.or(option.lengths());
      }
      return all;
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
      for (Node option : options) {
        if (option.lengths().testBit(length)) {
          option.generate(length, variant, out);
          return;
        }
      }
      throw new IllegalStateException("no alternative of length " + length);
    }
  }

  private static final class Repeat extends Node {
    static final int UNBOUNDED = -1;

    final Node element;
    final int min;
    final int max;
    private final Map<Long, BigInteger> rangeCache = new HashMap<>();
    private final List<BigInteger> powers = new ArrayList<>();
    private final List<BigInteger> upTo = new ArrayList<>();
    private BigInteger star;

    Repeat(Node element, int min, int max) {
      this.element = element;
      this.min = min;
      this.max = max;
    }

    @Override
    BigInteger computeLengths() {
      return range(min, max);
    }

    /** Lengths producible with k repetitions, from <= k <= to (to may be UNBOUNDED). */
    private BigInteger range(int from, int to) {
      long key = ((long) from << 32) | (to & 0xffffffffL);
      BigInteger cached = rangeCache.get(key);
      if (cached == null) {
        BigInteger tail = to == UNBOUNDED ? star() : upTo(to - from);
        cached = sumset(power(from), tail);
        rangeCache.put(key, cached);
      }
      return cached;
    }

    /** Lengths of exactly k repetitions. */
    private BigInteger power(int k) {
      if (powers.isEmpty()) {
        powers.add(ZERO_ONLY);
      }
      while (powers.size() <= k) {
        powers.add(sumset(powers.get(powers.size() - 1), element.lengths()));
      }
      return powers.get(k);
    }

    /** Lengths of 0..j repetitions. */
    private BigInteger upTo(int j) {
      if (upTo.isEmpty()) {
        upTo.add(ZERO_ONLY);
      }
      while (upTo.size() <= j) {
        upTo.add(ZERO_ONLY.or(sumset(element.lengths(), upTo.get(upTo.size() - 1))));
      }
      return upTo.get(j);
    }

    /** Lengths of any number of repetitions: closure under addition, by repeated doubling. */
    private BigInteger star() {
      if (star == null) {
        BigInteger set = ZERO_ONLY.or(element.lengths());
        while (true) {
          BigInteger next = set.or(sumset(set, set));
          if (next.equals(set)) {
            break;
          }
          set = next;
        }
        star = set;
      }
      return star;
    }

    @Override
    void generate(int length, int variant, StringBuilder out) {
      int remaining = length;
      int done = 0;
      BigInteger elementLengths = element.lengths();
      while (true) {
        if (done >= min && remaining == 0) {
          return;
        }
        int restFrom = Math.max(min - done - 1, 0);
        int restTo = max == UNBOUNDED ? UNBOUNDED : max - done - 1;
        if (restTo != UNBOUNDED && restTo < 0) {
          throw new IllegalStateException("repetition budget exhausted");
        }
        BigInteger rest = range(restFrom, restTo);
        boolean needProgress = done >= min; // only then must a repetition consume characters
        int chosen = -1;
        if (variant % 2 == 1) {
          for (int l = remaining; l >= (needProgress ? 1 : 0); l--) {
            if (elementLengths.testBit(l) && rest.testBit(remaining - l)) {
              chosen = l;
              break;
            }
          }
        } else {
          for (int l = needProgress ? 1 : 0; l <= remaining; l++) {
            if (elementLengths.testBit(l) && rest.testBit(remaining - l)) {
              chosen = l;
              break;
            }
          }
        }
        if (chosen < 0) {
          throw new IllegalStateException("no feasible repetition for length " + remaining);
        }
        element.generate(chosen, variant, out);
        remaining -= chosen;
        done++;
      }
    }
  }

  // ---------------------------------------------------------------- parser

  private static final class Parser {
    private final String src;
    private int pos;

    Parser(String src) {
      this.src = src;
    }

    Node parse() {
      Node node = alternation();
      if (pos != src.length()) {
        throw unsupported("unexpected '" + src.charAt(pos) + "'");
      }
      return node;
    }

    private Node alternation() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (pos < src.length() && src.charAt(pos) == '|') {
        pos++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node sequence() {
      List<Node> items = new ArrayList<>();
      while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
        items.add(quantified(atom()));
      }
      return new Seq(items);
    }

    private Node quantified(Node atom) {
      if (pos >= src.length()) {
        return atom;
      }
      char c = src.charAt(pos);
      int min;
      int max;
      if (c == '*') {
        min = 0;
        max = Repeat.UNBOUNDED;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = Repeat.UNBOUNDED;
        pos++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '{' && src.indexOf('}', pos) > pos && src.substring(pos + 1, src.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
        String body = src.substring(pos + 1, src.indexOf('}', pos));
        pos = src.indexOf('}', pos) + 1;
        String[] parts = body.split(",", -1);
        min = Integer.parseInt(parts[0]);
        max = parts.length == 1 ? min : parts[1].isEmpty() ? Repeat.UNBOUNDED : Integer.parseInt(parts[1]);
      } else {
        return atom;
      }
      if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
        pos++; // lazy/possessive: same language for our purposes; matches() has the final word
      }
      return quantified(new Repeat(atom, min, max));
    }

    private Node atom() {
      char c = src.charAt(pos);
      switch (c) {
        case '(':
          return group();
        case '[':
          return new CharClass(charClassSource());
        case '.':
          pos++;
          return new CharClass(".");
        case '^':
        case '$':
          pos++;
          return new ZeroWidth();
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
          throw unsupported("dangling quantifier");
        default:
          pos++;
          return new Literal(String.valueOf(c));
      }
    }

    private Node group() {
      pos++; // (
      boolean zeroWidth = false;
      if (src.startsWith("?:", pos)) {
        pos += 2;
      } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (src.startsWith("?<", pos)) {
        int close = src.indexOf('>', pos);
        if (close < 0) {
          throw unsupported("unterminated group name");
        }
        pos = close + 1;
      } else if (src.startsWith("?", pos)) {
        throw unsupported("inline flags or special group");
      }
      Node inner = alternation();
      if (pos >= src.length() || src.charAt(pos) != ')') {
        throw unsupported("unbalanced parenthesis");
      }
      pos++;
      return zeroWidth ? new ZeroWidth() : inner;
    }

    /** The source text of a bracket class, nested classes included; compiled as-is later. */
    private String charClassSource() {
      int start = pos;
      int depth = 0;
      boolean first = true;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\\') {
          pos += 2;
          first = false;
          continue;
        }
        if (c == '[') {
          depth++;
        } else if (c == ']' && !(first && depth == 1)) {
          depth--;
          if (depth == 0) {
            pos++;
            return src.substring(start, pos);
          }
        }
        if (!(c == '[' || c == '^')) {
          first = false;
        }
        pos++;
      }
      throw unsupported("unterminated character class");
    }

    private Node escape() {
      if (pos + 1 >= src.length()) {
        throw unsupported("trailing backslash");
      }
      char e = src.charAt(pos + 1);
      switch (e) {
        case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V' -> {
          pos += 2;
          return new CharClass("\\" + e);
        }
        case 'p', 'P' -> {
          int close = src.indexOf('}', pos);
          if (pos + 2 >= src.length() || src.charAt(pos + 2) != '{' || close < 0) {
            throw unsupported("short \\p form");
          }
          String source = src.substring(pos, close + 1);
          pos = close + 1;
          return new CharClass(source);
        }
        case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
          pos += 2;
          return new ZeroWidth();
        }
        case 't' -> {
          pos += 2;
          return new Literal("\t");
        }
        case 'n' -> {
          pos += 2;
          return new Literal("\n");
        }
        case 'r' -> {
          pos += 2;
          return new Literal("\r");
        }
        case 'f' -> {
          pos += 2;
          return new Literal("\f");
        }
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw unsupported("escape \\" + e);
          }
          pos += 2;
          return new Literal(String.valueOf(e)); // escaped punctuation is literal in Java regex
        }
      }
    }

    private UnsupportedOperationException unsupported(String what) {
      return new UnsupportedOperationException("regex construct not supported by the sampler (" + what
          + ") at " + pos + " in " + src);
    }
  }
}
