package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the reader: the file cannot be read or is not UTF-8 text. */
@RuleInfo(
    id = "SM004",
    title = "File cannot be read as UTF-8 text",
    severity = Severity.ERROR,
    description = """
        The file could not be read (permissions, a special file such as a FIFO, an I/O error) or \
        its bytes are not valid UTF-8. For encoding problems the finding gives the line and column \
        of the first bad byte.""",
    rationale = """
        JSON must be UTF-8 and the AWS CLI reads YAML as UTF-8; a file in another encoding or with \
        corrupted bytes would be rejected or, worse, sent with mangled values.""")
public final class UnreadableInput {}
