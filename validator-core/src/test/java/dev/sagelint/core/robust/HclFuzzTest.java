package dev.sagelint.core.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import dev.sagelint.core.source.terraform.hcl.HclSpans;
import java.util.List;

/**
 * Coverage-guided fuzz target for the HCL parser: bytes, UTF-8 decoding, parsing. In the normal
 * build it replays its seeds ({@code HclFuzzTestInputs/parse/}); with {@code JAZZER_FUZZ=1}
 * Jazzer mutates them. A failure is an exception, a hang, more problems than the parser's cap,
 * or a span that disagrees with the text ({@link HclSpans}).
 */
class HclFuzzTest {
  private static final FuzzWorker WORKER = new FuzzWorker("hcl-fuzz");

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] data) throws Exception {
    WORKER.run(() -> parseOnce(data));
  }

  private static void parseOnce(byte[] data) {
    SourceReader.Outcome read = SourceReader.decode("fuzz.tf", data, false);
    if (read.source() == null) {
      return; // not UTF-8: the reader's finding, checked elsewhere
    }
    String text = read.source().text();
    HclParseResult r = HclParser.parse(text);
    if (r.problems().size() > HclParser.MAX_ERRORS + 1) {
      throw new AssertionError(r.problems().size() + " problems, more than the cap");
    }
    List<String> broken = HclSpans.violations(text, r);
    if (!broken.isEmpty()) {
      throw new AssertionError(String.join("; ", broken));
    }
  }
}
