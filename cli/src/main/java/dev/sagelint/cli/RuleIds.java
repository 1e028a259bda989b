package dev.sagelint.cli;

import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks rule ids and prefixes given on the command line, as the configuration loader does. */
final class RuleIds {
  private static final Pattern ID_OR_PREFIX = Pattern.compile("SM[0-9]{1,3}");

  private RuleIds() {}

  /** The ids, trimmed and upper-cased; a usage error for one that names no rule. */
  static List<String> check(List<String> ids, String flag, RuleCatalog catalog) {
    List<String> out = new ArrayList<>();
    for (String raw : ids) {
      String id = raw.trim().toUpperCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (!ID_OR_PREFIX.matcher(id).matches()) {
        throw new UsageException(flag + ": '" + raw + "' is not a rule id or prefix (e.g. SM102, SM1)");
      }
      if (catalog.all().stream().noneMatch(d -> d.id().startsWith(id))) {
        List<String> close = Suggestions.closest(id,
            catalog.all().stream().map(RuleDescriptor::id).toList(), 3);
        throw new UsageException(flag + ": no rule has the id or prefix " + id
            + (close.isEmpty() ? "" : "; did you mean " + RuleIds.orList(close) + "?"));
      }
      out.add(id);
    }
    return out;
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }
}
