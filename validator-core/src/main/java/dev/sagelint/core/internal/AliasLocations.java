package dev.sagelint.core.internal;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.parse.AliasUses;
import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a finding about a value that YAML repeats through an alias at the alias. The parsed tree
 * shares an anchored node between its uses, so without this an anchor used three times gave
 * three findings at the anchor: the same place three times, and no way to tell which use each
 * one was about. Each use keeps its own finding (one per value and pointer, ADR 0005), located at
 * its {@code *name}, with the anchored value as a related location, where the fix goes.
 */
final class AliasLocations {
  private AliasLocations() {}

  static Finding relocate(Finding f, AliasUses aliases) {
    if (aliases.isEmpty()) {
      return f;
    }
    AliasUses.Use use = aliases.through(f.documentIndex(), f.pointer());
    if (use == null || !within(f, use.target())) {
      return f; // not reached through an alias, or located outside the repeated value
    }
    List<Finding.Related> related = new ArrayList<>(f.related());
    related.add(new Finding.Related(f.file(), f.line(), f.column(), f.endLine(), f.endColumn(),
        Messages.format(AliasLocations.class, "alias.anchor", use.name())));
    Span at = use.at();
    return new Finding(f.rule(), f.severity(), f.message(), f.hint(), f.file(), f.pointer(),
        f.documentIndex(), at.startLine(), at.startColumn(), at.endLine(), at.endColumn(),
        f.keyword(), related);
  }

  private static boolean within(Finding f, Span target) {
    return after(f.line(), f.column(), target.startLine(), target.startColumn())
        && after(target.endLine(), target.endColumn(), f.line(), f.column());
  }

  /** Whether position (line, column) is at or after (fromLine, fromColumn). */
  private static boolean after(int line, int column, int fromLine, int fromColumn) {
    return line > fromLine || line == fromLine && column >= fromColumn;
  }
}
