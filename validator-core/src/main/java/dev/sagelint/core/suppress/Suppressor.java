package dev.sagelint.core.suppress;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.config.UnusedSuppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last step of a run: removes the findings that suppression comments and configuration
 * entries silence, and reports (as SM010) the suppressions that silenced nothing.
 *
 * <p>It runs once over the whole result, after the cross-document rules, because a comment in an
 * endpoint config may silence a cross-document finding, and a configuration entry is only unused
 * when no file of the run needed it.
 */
public final class Suppressor {
  static final String RULE = "SM010";
  /** Findings that mean the file was not (fully) read: its comments cannot be judged unused. */
  private static final Set<String> UNREAD = Set.of("SM001", "SM003", "SM004");

  private final LintOptions options;
  private final RuleCatalog catalog;

  public Suppressor(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    this.catalog = catalog;
  }

  /**
   * Applies suppressions to {@code result}.
   *
   * @param inline the suppression comments of each file, keyed by the file's display name
   */
  public LintResult apply(LintResult result, Map<String, List<InlineSuppression>> inline) {
    if (options.suppressions().isEmpty() && inline.values().stream().allMatch(List::isEmpty)) {
      return result;
    }
    Set<SuppressionEntry> applicable = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<SuppressionEntry> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<FileResult> files = new ArrayList<>();
    for (FileResult file : result.files()) {
      List<InlineSuppression> comments = inline.getOrDefault(file.file(), List.of());
      List<SuppressionEntry> entries = options.suppressions().stream()
          .filter(e -> e.appliesToFile(file.file())).toList();
      applicable.addAll(entries);
      if (comments.isEmpty() && entries.isEmpty()) {
        files.add(file);
        continue;
      }
      Set<InlineSuppression.RuleRef> usedRefs = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Finding> kept = new ArrayList<>();
      for (Finding f : file.findings()) {
        boolean suppressed = false;
        for (InlineSuppression c : comments) {
          for (InlineSuppression.RuleRef ref : c.rules()) {
            if (c.covers(ref, f)) {
              usedRefs.add(ref);
              suppressed = true;
            }
          }
        }
        for (SuppressionEntry e : entries) {
          if (e.matches(f)) {
            used.add(e);
            suppressed = true;
          }
        }
        if (!suppressed) {
          kept.add(f);
        }
      }
      if (reportUnused() && file.findings().stream().noneMatch(f -> UNREAD.contains(f.rule()))) {
        kept.addAll(unusedComments(file.file(), comments, usedRefs));
      }
      files.add(new FileResult(file.file(), file.documents(), kept));
    }
    List<Finding> unusedEntries = new ArrayList<>();
    for (SuppressionEntry e : options.suppressions()) {
      if (reportUnused() && applicable.contains(e) && !used.contains(e) && enabled(e.rule())) {
        unusedEntries.add(unusedEntry(e));
      }
    }
    if (!unusedEntries.isEmpty()) {
      files.add(configFileResult(files, unusedEntries));
    }
    return new LintResult(files);
  }

  private List<Finding> unusedComments(String file, List<InlineSuppression> comments,
      Set<InlineSuppression.RuleRef> usedRefs) {
    List<Finding> out = new ArrayList<>();
    for (InlineSuppression c : comments) {
      if (c.problem() != null) {
        InlineSuppression.Problem p = c.problem();
        out.add(finding(file, p.span().startLine(), p.span().startColumn(), p.span().endLine(),
            p.span().endColumn(), p.messageKey(), p.argument()));
        continue;
      }
      for (InlineSuppression.RuleRef ref : c.rules()) {
        if (usedRefs.contains(ref)) {
          continue;
        }
        boolean known = catalog.all().stream().anyMatch(d -> d.id().startsWith(ref.id()));
        if (!known) {
          out.add(finding(file, ref.span().startLine(), ref.span().startColumn(),
              ref.span().endLine(), ref.span().endColumn(), "unknown.rule", c.directive(), ref.id()));
        } else if (enabled(ref.id())) {
          out.add(finding(file, ref.span().startLine(), ref.span().startColumn(),
              ref.span().endLine(), ref.span().endColumn(), "unused.inline", c.directive(), ref.id()));
        }
      }
    }
    return out;
  }

  private boolean reportUnused() {
    return options.isEnabled(RULE);
  }

  private Finding unusedEntry(SuppressionEntry e) {
    String at = e.pointer() == null ? "" : msg("unused.config.pointer", e.pointer());
    var s = e.location();
    return finding(e.configFile(), s.startLine(), s.startColumn(), s.endLine(), s.endColumn(),
        "unused.config", e.rule(), e.path().pattern(), at);
  }

  private FileResult configFileResult(List<FileResult> files, List<Finding> unused) {
    String name = unused.get(0).file();
    List<Finding> all = new ArrayList<>(unused);
    for (int i = 0; i < files.size(); i++) {
      FileResult f = files.get(i);
      if (f.file().equals(name)) {
        // The configuration file was also linted (a YAML file in the tree): keep one entry.
        files.remove(i);
        all.addAll(f.findings());
        return new FileResult(name, f.documents(), all);
      }
    }
    return new FileResult(name, List.of(), all);
  }

  /** Whether any rule the id or prefix names runs at all (suppressing a rule that is off is moot). */
  private boolean enabled(String idOrPrefix) {
    return catalog.all().stream().map(RuleDescriptor::id)
        .anyMatch(id -> id.startsWith(idOrPrefix) && options.isEnabled(id));
  }

  private Finding finding(String file, int line, int column, int endLine, int endColumn, String key,
      Object... args) {
    Severity severity = options.setting(RULE).severity()
        .orElse(catalog.find(RULE).map(d -> d.severityFor(options.apiVersion())).orElse(Severity.INFO));
    String hint = Messages.hint(UnusedSuppression.class, key, args);
    return new Finding(RULE, severity, Messages.format(UnusedSuppression.class, key, args), hint,
        file, "", 0, line, column, endLine, endColumn, null);
  }

  private static String msg(String key, Object... args) {
    return Messages.format(UnusedSuppression.class, key, args);
  }
}
