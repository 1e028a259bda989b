package dev.sagelint.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders people leave in specs they copied from a README, a notebook or a
 * template: {@code <ROLE ARN>}, {@code ${VAR}}, {@code {{ ... }}}, {@code ENTER MODEL NAME},
 * {@code REPLACE_ME}, {@code arn:aws:iam::USER_ID:role/x}. The hygiene rule reports them; rules that
 * parse identifiers (ARNs, key ids, bucket names) use {@link #any(String)} to stay silent on such a
 * value, so the user hears about the placeholder once, in plain words.
 *
 * <p>Two strengths: in identifiers every pattern counts anywhere in the value; in free text (see
 * {@link Scalars#isFreeText}) only unmistakable ones count, and most only when they are the whole
 * value, because an environment variable may legitimately hold {@code <pad>}, a chat template with
 * {@code {{ message }}} or a regular expression ending in {@code $}.
 */
public final class Placeholders {
  private Placeholders() {}

  /** What a placeholder is, in words a message can use. */
  public enum Kind {
    TEMPLATE("a template expression that was never rendered"),
    VARIABLE("a variable that was never substituted"),
    FILL_IN("a fill-in marker"),
    FORMAT_FIELD("a format-string field that was never filled in"),
    REMINDER("a reminder to replace the value"),
    INSTRUCTION("an instruction meant for a person"),
    DOCS_EXAMPLE("a name reserved for examples in the AWS documentation"),
    ACCOUNT("a stand-in for an AWS account id"),
    REGION("a stand-in for an AWS region"),
    XXXX("a run of x's standing in for a real value");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** One placeholder: its text as written, its kind, and where it starts in the value. */
  public record Found(String text, Kind kind, int start) {}

  /**
   * A pattern, and text that every match contains ({@code needles}, any one of them; compared
   * ignoring case when {@code ignoreCase}). Checking the needles first is what makes this class
   * cheap: every scalar of every spec passes through {@link #find} several times, and nearly none
   * contains a placeholder. The needles are necessary conditions, so results do not change.
   */
  private record Pattern2(Pattern pattern, Kind kind, Scope scope, boolean ignoreCase, String... needles) {
    boolean mayMatch(String value) {
      for (String needle : needles) {
        if (ignoreCase ? containsIgnoreCase(value, needle) : value.contains(needle)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Where a pattern counts: in identifiers only, anywhere, or in free text only as the whole value. */
  private enum Scope {
    IDENTIFIER_ONLY,
    ANYWHERE,
    WHOLE_IN_FREE_TEXT
  }

  private static final List<Pattern2> PATTERNS = List.of(
      p("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Kind.TEMPLATE, Scope.WHOLE_IN_FREE_TEXT, "{{", "{%"),
      p("#\\{[^{}]*\\}", Kind.TEMPLATE, Scope.WHOLE_IN_FREE_TEXT, "#{"),
      p("\\$\\{[^{}]*\\}|\\$\\([^()]*\\)", Kind.VARIABLE, Scope.WHOLE_IN_FREE_TEXT, "${", "$("),
      // $NAME in upper case inside an identifier; Lambda's $LATEST qualifier is a real value.
      p("(?<![\\w$\\\\])\\$(?!LATEST(?![A-Za-z0-9_]))[A-Z_][A-Z0-9_]*(?![A-Za-z0-9_])", Kind.VARIABLE,
          Scope.WHOLE_IN_FREE_TEXT, "$"),
      p("(?<![A-Za-z0-9_])__[A-Z][A-Z0-9_]*[A-Z0-9]__(?![A-Za-z0-9_])", Kind.VARIABLE,
          Scope.IDENTIFIER_ONLY, "__"),
      p("<[A-Za-z][^<>\\n]{0,100}>", Kind.FILL_IN, Scope.WHOLE_IN_FREE_TEXT, "<"),
      p("(?<![{$#\\w])\\{[A-Za-z][A-Za-z0-9 _.-]*\\}(?!\\})", Kind.FORMAT_FIELD, Scope.IDENTIFIER_ONLY,
          "{"),
      p("(?i)(?<![A-Za-z0-9])(?:replace|change|update)[-_ ]?me(?![A-Za-z0-9])"
          + "|(?<![A-Za-z0-9])fill[-_ ]?me[-_ ]?in(?![A-Za-z0-9])", Kind.REMINDER, Scope.ANYWHERE,
          true, "me"),
      p("(?<![A-Za-z0-9])(?:TODO|FIXME|TBD|CHANGEME|PLACEHOLDER)(?![A-Za-z0-9])", Kind.REMINDER,
          Scope.WHOLE_IN_FREE_TEXT, "TODO", "FIXME", "TBD", "CHANGEME", "PLACEHOLDER"),
      p("(?i)(?<![A-Za-z0-9])your[-_][A-Za-z0-9][A-Za-z0-9_-]*", Kind.FILL_IN, Scope.ANYWHERE, true,
          "your"),
      p("(?i)(?<![A-Za-z0-9-])(?:doc-example-bucket[a-z0-9-]*|amzn-s3-demo-[a-z0-9.-]*)",
          Kind.DOCS_EXAMPLE, Scope.IDENTIFIER_ONLY, true, "doc-example-bucket", "amzn-s3-demo-"),
      p("(?<![A-Za-z0-9])[xX]{4,}(?![A-Za-z0-9])", Kind.XXXX, Scope.IDENTIFIER_ONLY, true, "xxxx"));

  /** A whole value that tells a person what to type: "ENTER MODEL NAME", "Insert your role ARN". */
  private static final Pattern INSTRUCTION_SHOUTED = Pattern.compile("(?:ENTER|INSERT)[ _][A-Z0-9 _-]+");
  /** A whole value that is one shell variable, any case: {@code $role}. */
  private static final Pattern WHOLE_VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
  /** Real values that look like variables: Lambda's qualifier, Clarify's template fields. */
  private static final Set<String> NOT_VARIABLES = Set.of("$LATEST", "$features", "$record");
  /** The first letters of the verbs {@link #INSTRUCTION} starts with, in either case. */
  private static final String INSTRUCTION_START = "eEiIpPtTfFsS";
  private static final Pattern INSTRUCTION = Pattern.compile(
      "(?i)(?:enter|insert|put|type|fill in|specify|provide)\\s+(?:your|the|a|an)\\b.*");

  /** Words that make {@code <...>} a fill-in marker in free text, where {@code <pad>} is a real token. */
  private static final Set<String> FILL_IN_WORDS = Set.of("your", "my", "account", "acct", "aws",
      "arn", "bucket", "region", "role", "name", "uri", "url", "image", "id", "key", "path",
      "value", "here", "secret", "password", "endpoint", "model");

  private static final Pattern ARN = Pattern.compile("arn:([^:]*):([^:]*):([^:]*):([^:]*):.*");
  private static final Pattern ECR_HOST =
      Pattern.compile("([^./:]+)\\.dkr\\.ecr(?:-fips)?\\.([^./]+)\\.amazonaws\\.com.*");
  private static final Pattern REGION_LIKE = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-[0-9]+");

  private static Pattern2 p(String regex, Kind kind, Scope scope, String... needles) {
    return p(regex, kind, scope, false, needles);
  }

  private static Pattern2 p(String regex, Kind kind, Scope scope, boolean ignoreCase, String... needles) {
    return new Pattern2(Pattern.compile(regex), kind, scope, ignoreCase, needles);
  }

  /**
   * {@code String.contains} ignoring case, for needles that start with an ASCII character: true
   * whenever {@code (?i)} (ASCII case folding) could match the needle.
   */
  private static boolean containsIgnoreCase(String value, String needle) {
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    for (int i = 0, last = value.length() - needle.length(); i <= last; i++) {
      char c = value.charAt(i);
      if ((c == lower || c == upper) && value.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when an identifier-like value contains any placeholder. */
  public static boolean any(String value) {
    return !find(value, false).isEmpty();
  }

  /**
   * The placeholders in {@code value}, in order, without overlaps.
   *
   * @param freeText whether the value is free text (see {@link Scalars#isFreeText})
   */
  public static List<Found> find(String value, boolean freeText) {
    return MEMO.get().find(value, freeText);
  }

  /**
   * The last results per thread, by identity of the value. Four rules ask about the same scalars
   * of a document (the placeholder rule, the ARN and S3 checks, the templated-spec check), and the
   * patterns were 12% of a 10,000-file run's CPU. A String is immutable, so the same instance has
   * the same answer; a direct-mapped table of {@value Memo#SIZE} entries keeps the memory bounded,
   * and the linter drops it after each file.
   */
  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /**
   * Drops this thread's remembered answers. The linter calls it after each file, so a thread of
   * the caller's (the Maven plugin lints on its own thread) keeps no user text between runs.
   */
  public static void forgetThisThreadsAnswers() {
    MEMO.remove();
  }

  private static final class Memo {
    static final int SIZE = 256;
    /** Longer values are scanned each time rather than pinned in the table. */
    static final int MAX_LENGTH = 4096;
    final String[] values = new String[SIZE * 2];
    @SuppressWarnings("unchecked")
    final List<Found>[] results = new List[SIZE * 2];

    List<Found> find(String value, boolean freeText) {
      if (value.length() > MAX_LENGTH) {
        return scan(value, freeText);
      }
      int slot = (System.identityHashCode(value) & (SIZE - 1)) * 2 + (freeText ? 1 : 0);
      if (values[slot] == value) {
        return results[slot];
      }
      List<Found> found = scan(value, freeText);
      values[slot] = value;
      results[slot] = found;
      return found;
    }
  }

  private static List<Found> scan(String value, boolean freeText) {
    List<Found> all = new ArrayList<>();
    String whole = value.strip();
    for (Pattern2 p : PATTERNS) {
      if (freeText && p.scope() == Scope.IDENTIFIER_ONLY || !p.mayMatch(value)) {
        continue;
      }
      Matcher m = p.pattern().matcher(value);
      while (m.find()) {
        boolean isWhole = m.group().equals(whole);
        if (freeText && p.scope() == Scope.WHOLE_IN_FREE_TEXT && !isWhole) {
          continue;
        }
        if (freeText && p.kind() == Kind.FILL_IN && m.group().startsWith("<")
            && !looksLikeFillIn(m.group())) {
          continue;
        }
        all.add(new Found(m.group(), p.kind(), m.start()));
      }
    }
    if (whole.startsWith("$") && WHOLE_VARIABLE.matcher(whole).matches() && !NOT_VARIABLES.contains(whole)) {
      all.add(new Found(whole, Kind.VARIABLE, value.indexOf(whole)));
    }
    if ((whole.startsWith("ENTER") || whole.startsWith("INSERT")) && INSTRUCTION_SHOUTED.matcher(whole).matches()
        || (!freeText && INSTRUCTION_START.indexOf(whole.isEmpty() ? ' ' : whole.charAt(0)) >= 0
            && INSTRUCTION.matcher(whole).matches())) {
      all.add(new Found(whole, Kind.INSTRUCTION, value.indexOf(whole)));
    }
    if (!freeText && (value.startsWith("arn:") || value.contains(".dkr.ecr"))) {
      identifierFields(value, all);
    }
    return all.isEmpty() ? List.of() : List.copyOf(withoutOverlaps(all));
  }

  /** {@code <model_name>} or {@code <your-token>} but not {@code <pad>} or {@code <end_of_turn>}. */
  private static boolean looksLikeFillIn(String angle) {
    String inner = angle.substring(1, angle.length() - 1);
    if (inner.indexOf(' ') >= 0 || inner.indexOf('-') >= 0) {
      return true;
    }
    for (String word : inner.toLowerCase(Locale.ROOT).split("[_.]")) {
      if (FILL_IN_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Account and region fields of ARNs and ECR hosts that hold words instead of numbers. */
  private static void identifierFields(String value, List<Found> out) {
    Matcher arn = ARN.matcher(value);
    if (arn.matches()) {
      String region = arn.group(3);
      String account = arn.group(4);
      if (!region.isEmpty() && !REGION_LIKE.matcher(region).matches() && region.matches("[A-Za-z_-]+")) {
        out.add(new Found(region, Kind.REGION, arn.start(3)));
      }
      if (!account.isEmpty() && !account.equals("aws") && account.chars().noneMatch(Character::isDigit)) {
        out.add(new Found(account, Kind.ACCOUNT, arn.start(4)));
      }
      return;
    }
    Matcher ecr = ECR_HOST.matcher(value);
    if (ecr.matches()) {
      String account = ecr.group(1);
      String region = ecr.group(2);
      if (account.chars().noneMatch(Character::isDigit)) {
        out.add(new Found(account, Kind.ACCOUNT, ecr.start(1)));
      }
      if (!REGION_LIKE.matcher(region).matches() && region.matches("[A-Za-z_-]+")) {
        out.add(new Found(region, Kind.REGION, ecr.start(2)));
      }
    }
  }

  private static List<Found> withoutOverlaps(List<Found> all) {
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.text().length()));
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start() >= end) {
        out.add(f);
        end = f.start() + f.text().length();
      }
    }
    return out;
  }
}
