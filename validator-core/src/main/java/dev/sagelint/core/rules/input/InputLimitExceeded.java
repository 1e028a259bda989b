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
        reads: by default 16 MiB (`max-file-bytes`), 128 levels of nesting (`max-depth`, at most \
        1000), strings and keys of a million characters (`max-string-length`), and 100,000 \
        values per file (`max-nodes`). Numbers longer than 1000 characters or with an exponent \
        beyond the int range, and YAML streams of more than 10,000 documents, are never read. Reading stops at the limit; the finding \
        names the limit and how to raise it under `limits:` in `.sagelint.yaml`.""",
    rationale = """
        No SageMaker request comes near these sizes (the API caps a request at a few hundred KiB), \
        so a file beyond them is either not a spec or is hostile, such as a YAML "billion laughs". \
        The limits keep a linter that runs on every commit from being stalled by one file. They can \
        be raised in the configuration.""")
public final class InputLimitExceeded {}
