package dev.sagelint.core.internal;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.source.Spec;
import dev.sagelint.core.suppress.InlineSuppression;
import java.util.List;

/**
 * A file after the first phase: its result, the specs the cross-document phase may need, and its
 * suppression comments.
 */
public record SpecChecked(FileResult result, List<Spec> specs, List<InlineSuppression> suppressions) {}
