package dev.sagelint.bench;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import dev.sagelint.core.internal.DocumentChecker;
import dev.sagelint.core.internal.SpecChecked;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.InstanceTypes;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.source.FrontEnds;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The single-document rules, and the whole per-file check.
 *
 * <ul>
 *   <li>{@code rules}: every document rule that applies to the kind, on a clean spec (so no
 *       message is formatted): the cost of the rule logic itself.
 *   <li>{@code check}: kind detection, schema validation, rules and finding assembly, as the
 *       linter runs them on each file (parsing excluded).
 *   <li>{@code lintText}: everything for one in-memory file: parse, check, suppressions, the
 *       cross-document phase.
 * </ul>
 */
public class RulesBenchmark extends BenchDefaults {
  private final LintOptions options = LintOptions.defaults();
  private final RuleCatalog catalog = RuleCatalog.defaults();
  private final DocumentChecker checker = new DocumentChecker(options, catalog, new SchemaValidator());
  private final FrontEnds frontEnds =
      new FrontEnds(options.limits(), Optional.empty(), options.apiVersion());
  private final Linter linter = Linter.create(options, catalog);

  @Benchmark
  public void rules(BenchSpecs specs, Blackhole bh) {
    ApiVersion version = options.apiVersion();
    for (RuleDescriptor d : catalog.documentRules()) {
      if (d.appliesTo(specs.documentKind, version)) {
        ((Rule) d.implementation()).check(new CountingContext(specs.document, specs.documentKind, version, bh));
      }
    }
  }

  @Benchmark
  public SpecChecked check(BenchSpecs specs) {
    return checker.check(frontEnds.read(specs.source));
  }

  @Benchmark
  public Object lintText(BenchSpecs specs) {
    return linter.lintText(specs.source.name(), specs.source.text());
  }

  /** Hands rules the document and swallows what they report. */
  private record CountingContext(ParsedDocument document, DocumentKind kind, ApiVersion apiVersion,
      Blackhole bh) implements RuleContext {
    @Override
    public ObjectNode root() {
      return (ObjectNode) document.root();
    }

    @Override
    public Optional<String> region() {
      return Optional.empty();
    }

    @Override
    public InstanceTypes instanceTypes() {
      return InstanceTypes.bundled();
    }

    @Override
    public Optional<String> option(String name) {
      return Optional.empty();
    }

    @Override
    public void report(String pointer, String messageKey, Object... args) {
      bh.consume(pointer);
    }

    @Override
    public void report(Severity severity, String pointer, String messageKey, Object... args) {
      bh.consume(pointer);
    }

    @Override
    public void reportAtKey(String pointer, String messageKey, Object... args) {
      bh.consume(pointer);
    }

    @Override
    public void reportAtKey(Severity severity, String pointer, String messageKey, Object... args) {
      bh.consume(pointer);
    }
  }
}
