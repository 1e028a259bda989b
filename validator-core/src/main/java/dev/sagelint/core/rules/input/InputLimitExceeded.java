package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the reader and parser: the file is beyond a safety limit. */
@RuleInfo(
    id = "SM003",
    title = "File exceeds a safety limit",
    severity = Severity.ERROR,
    description = """
        The file is larger, deeper, or (through YAML aliases) expands to more values than sagelint \
        reads: by default 16 MiB, 128 levels of nesting, strings of a million characters, and a \
        million values per document. Reading stops at the limit; the finding says which one.""",
    rationale = """
        No SageMaker request comes near these sizes (the API caps a request at a few hundred KiB), \
        so a file beyond them is either not a spec or is hostile, such as a YAML "billion laughs". \
        The limits keep a linter that runs on every commit from being stalled by one file. They can \
        be raised in the configuration.""")
public final class InputLimitExceeded {}
