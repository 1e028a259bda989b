#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of the parse + lint path (LintFuzzTest, Jazzer).
# Starts from the seeds (rule fixtures, examples, past crashes); a crash fails the check and Jazzer
# leaves the input in validator-core/src/test/resources/dev/sagelint/core/robust/LintFuzzTestInputs/lint/,
# where it becomes a regression seed once committed. For a longer run see docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${SAGELINT_FUZZ_DURATION:-60s}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
JAZZER_FUZZ=1 ./mvnw -B -ntp -pl validator-core -am test \
  -Dtest=LintFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsagelint.fuzz.hooks=true \
  -Djazzer.max_duration="$duration" \
  -Djazzer.instrument='dev.sagelint.**,tools.jackson.**,org.snakeyaml.**,com.networknt.**' \
  >"$log" 2>&1 || status=$?

# The fuzzer's own summary and the test result; the instrumentation log is noise.
grep -E '^#[0-9]+ +(INITED|DONE)|^Done [0-9]+ runs|Tests run:|FuzzTestFindingException|== Java Exception|ERROR\]' "$log" \
  | grep -v 'Instrumented' | tail -n 25 || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (see the test output above; a crashing input was saved under LintFuzzTestInputs/lint/)"
  exit "$status"
fi
runs="$(grep -oE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)"
echo "fuzz: ${runs:-no summary found}, no crash"
