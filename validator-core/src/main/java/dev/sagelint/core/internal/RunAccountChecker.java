package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.RunAccount;
import dev.sagelint.core.rules.RunAccountRule;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The run-level step of the {@link RunAccountRule}s (SM508): once every file is read, the account
 * the execution roles of the run's models agree on, and those rules run again on the specs that
 * have no account of their own and name another one. Between the phases a spec keeps only its
 * role's account and the accounts it would compare, like {@link CrossDocumentChecker}'s
 * summaries; the few specs that differ are read again.
 */
public final class RunAccountChecker {
  private final LintOptions options;
  private final List<RuleDescriptor> rules;

  public RunAccountChecker(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    this.rules = catalog.documentRules().stream()
        .filter(d -> d.implementation() instanceof RunAccountRule && options.isEnabled(d.id()))
        .toList();
  }

  /**
   * What the run-level step needs of one spec.
   *
   * @param position the spec's position among its file's specs
   * @param id the spec's id, to check that a file read again still has it there
   * @param kind the kind it was linted as
   * @param role where the spec's own execution role names an account (a model's), else null
   * @param compare per rule id, the accounts that rule would compare with the run's account
   * @param spec the spec itself, kept only when its file cannot be read again
   */
  public record Summary(int position, String id, DocumentKind kind, Role role,
      Map<String, Set<String>> compare, Spec spec) {}

  /** A model's execution role account and where the role is written. */
  public record Role(String account, Finding.Related at) {}

  /** Reduces a file's specs to what {@link #finish} needs. */
  public List<Summary> summarize(List<Spec> specs, boolean keepSpecs) {
    if (rules.isEmpty() || specs.isEmpty()) {
      return List.of();
    }
    List<Summary> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      // An account resting on a template parameter's default is no fact about the deployment.
      Spec spec = specs.get(i).withAssumptionsUnknown();
      ParsedDocument view = spec.view();
      if (!(view.root() instanceof ObjectNode root)) {
        continue;
      }
      Role role = null;
      Map<String, Set<String>> compare = new LinkedHashMap<>();
      for (RuleDescriptor d : rules) {
        if (!d.appliesTo(spec.kind(), options.apiVersion())) {
          continue;
        }
        RunAccountRule rule = (RunAccountRule) d.implementation();
        Optional<String> account = spec.kind().isModel() ? rule.roleAccount(root) : Optional.empty();
        if (role == null && account.isPresent()) {
          role = new Role(account.get(), Finding.Related.at(view.source().name(),
              JsonPointer.keySpan(root, "/ExecutionRoleArn"),
              "`ExecutionRoleArn` of model `" + name(spec, root) + "`"));
        }
        Set<String> accounts = rule.accountsToCompare(
            new DocumentRuleContext(view, spec.kind(), options, d, new ArrayList<>()));
        if (!accounts.isEmpty()) {
          compare.put(d.id(), Set.copyOf(accounts));
        }
      }
      if (role != null || !compare.isEmpty()) {
        out.add(new Summary(i, spec.id(), spec.kind(), role, Map.copyOf(compare),
            keepSpecs && !compare.isEmpty() ? spec : null));
      }
    }
    return out;
  }

  private static String name(Spec spec, ObjectNode root) {
    String name = root.text("ModelName");
    return name != null ? name : spec.id().substring(spec.id().lastIndexOf('/') + 1);
  }

  /**
   * Adds the findings of the run-level step to {@code result}.
   *
   * @param files each file's name, in input order
   * @param summaries each file's summary, in the same order
   * @param reread reads the file at that position again; null when it can no longer be read
   */
  public LintResult finish(LintResult result, List<String> files,
      List<List<Summary>> summaries, IntFunction<List<Spec>> reread) {
    RunAccount run = agreed(summaries);
    if (run == null) {
      return result; // no model names a role, or the models disagree: nobody can know
    }
    Map<String, List<Finding>> extra = new HashMap<>();
    for (int f = 0; f < summaries.size(); f++) {
      List<Spec> reread0 = null;
      for (Summary s : summaries.get(f)) {
        for (RuleDescriptor d : rules) {
          Set<String> accounts = s.compare().get(d.id());
          if (accounts == null || accounts.equals(Set.of(run.account()))) {
            continue;
          }
          Spec spec = s.spec();
          if (spec == null) {
            if (reread0 == null) {
              reread0 = reread.apply(f);
            }
            if (reread0 == null || s.position() >= reread0.size()
                || !reread0.get(s.position()).id().equals(s.id())) {
              continue; // the file changed since: its findings would be about another text
            }
            spec = reread0.get(s.position()).withAssumptionsUnknown();
          }
          List<Finding> sink = new ArrayList<>();
          try {
            ((RunAccountRule) d.implementation()).check(
                new RunAccountRuleContext(spec.view(), s.kind(), options, d, sink, run));
          } catch (RuntimeException e) {
            sink.add(InternalErrors.finding(d, spec.view(), e));
          }
          List<Finding> finished = new ArrayList<>(sink.size());
          for (Finding x : sink) {
            if (spec.ignored().stream().noneMatch(x.rule()::startsWith)) {
              finished.add(DocumentChecker.finish(spec, x));
            }
          }
          extra.computeIfAbsent(files.get(f), x -> new ArrayList<>()).addAll(options.apply(finished));
        }
      }
    }
    if (extra.isEmpty()) {
      return result;
    }
    List<FileResult> out = new ArrayList<>(result.files().size());
    for (FileResult r : result.files()) {
      List<Finding> more = extra.get(r.file());
      if (more != null) {
        List<Finding> all = new ArrayList<>(r.findings());
        for (Finding m : more) {
          if (!all.contains(m)) {
            all.add(m); // scenarios of one template resource find the same value once
          }
        }
        r = new FileResult(r.file(), r.documents(), all);
      }
      out.add(r);
    }
    return new LintResult(out);
  }

  /** The account every model's role names, with the first role as witness; null if none or several. */
  private static RunAccount agreed(List<List<Summary>> summaries) {
    String account = null;
    Finding.Related witness = null;
    int models = 0;
    for (List<Summary> file : summaries) {
      for (Summary s : file) {
        if (s.role() == null) {
          continue;
        }
        if (account == null) {
          account = s.role().account();
          witness = s.role().at();
        } else if (!account.equals(s.role().account())) {
          return null;
        }
        models++;
      }
    }
    return account == null ? null : new RunAccount(account, models, witness);
  }

  /** A rule context that also offers the run's account. */
  private static final class RunAccountRuleContext extends DocumentRuleContext {
    private final RunAccount run;

    RunAccountRuleContext(ParsedDocument document, DocumentKind kind, LintOptions options,
        RuleDescriptor rule, List<Finding> sink, RunAccount run) {
      super(document, kind, options, rule, sink);
      this.run = run;
    }

    @Override
    public Optional<RunAccount> runAccount() {
      return Optional.of(run);
    }
  }
}
