#!/usr/bin/env bash
# Many findings in one file: the report path must stay within a 256 MiB heap.
#
# Generates the worst case the default limits allow: a CreateModel whose `Tags` is an array of
# 99,990 integers on one 200 KB line (just under `max-nodes`, 100,000 values per file). Every item
# breaks the schema, so the file has 99,992 findings, all on the same very long line. The CLI jar
# then lints it with -Xmx256m, writing every format in one run (text to standard output, the
# others to files), or with SEPARATE=1 one run per format, for measuring each.
#
# Passes when every run exits with 1 (findings), no OutOfMemoryError is reported, each report is
# complete (the JSON report lists every finding) and no temporary report file is left behind.
# Prints, per run, the wall time, peak RSS and the largest heap after a GC.
#
#   bench/many-findings.sh                       # all formats in one run, -Xmx256m
#   SEPARATE=1 bench/many-findings.sh            # one run per format
#   HEAP=128m ITEMS=50000 bench/many-findings.sh
set -euo pipefail
cd "$(dirname "$0")/.."

items="${ITEMS:-99990}"
formats=(${FORMATS:-text json sarif junit github checkstyle gitlab})
# shellcheck source=bench/heap-check-lib.sh
source bench/heap-check-lib.sh
heap_check_setup many-findings

spec="$work/tags.json"
{
  printf '{"ModelName":"m","ExecutionRoleArn":"arn:aws:iam::123456789012:role/r","Tags":['
  printf '1,%.0s' $(seq 2 "$items")
  printf '1]}\n'
} >"$spec"
# One SM103 per item, SM107 (more than 50 tags) and SM208 (no container).
expected=$((items + 2))
echo "many-findings: $(wc -c <"$spec") bytes, $items items on one line, $expected findings expected" >&2

failed=0
# run NAME ARGS...: lints the spec with the given output arguments, text (if asked) to stdout.
run() {
  local name="$1"
  shift
  local log="$work/$name"
  local timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$log.time")
  local status=0
  (cd "$work" && "${timer[@]}" java "-Xmx$heap" -Xlog:gc:file="$log.gc" -jar "$OLDPWD/$jar" \
    lint tags.json "$@" >"$log.stdout" 2>"$log.stderr") || status=$?
  local peak
  peak="$(peak_heap_after_gc "$log.gc")"
  echo "many-findings: $name: exit $status; $(cat "$log.time" 2>/dev/null || echo 'no /usr/bin/time');" \
    "largest heap after a GC: ${peak:-?} MiB of $heap"
  if grep -q "OutOfMemoryError" "$log.stderr" "$log.stdout"; then
    echo "many-findings: FAILED ($name): OutOfMemoryError" >&2
    failed=1
  elif [[ "$status" -ne 1 ]]; then
    echo "many-findings: FAILED ($name): exit code $status, expected 1" >&2
    head -n 5 "$log.stderr" >&2
    failed=1
  fi
}

# check FORMAT FILE: the report is complete.
check() {
  local format="$1" file="$2" count
  case "$format" in
    json) count="$(grep -c '"rule": ' "$file" || true)" ;;
    sarif) count="$(grep -c '"ruleId": ' "$file" || true)" ;;
    gitlab) count="$(grep -c '"check_name": ' "$file" || true)" ;;
    junit) count="$(grep -c '<failure ' "$file" || true)" ;;
    checkstyle) count="$(grep -c '<error ' "$file" || true)" ;;
    github) count="$(grep -c '^::error ' "$file" || true)" ;;
    text) count="$(grep -c '^tags.json:1:[0-9]*: error ' "$file" || true)" ;;
  esac
  if [[ "$count" -ne "$expected" ]]; then
    echo "many-findings: FAILED ($format): $count findings in the report, expected $expected" >&2
    failed=1
  fi
}

if [[ -n "${SEPARATE:-}" ]]; then
  for f in "${formats[@]}"; do
    if [[ "$f" == text ]]; then
      run "$f" --format text
      check text "$work/$f.stdout"
    else
      run "$f" --format "$f=reports/$f.out"
      [[ -f "$work/reports/$f.out" ]] && check "$f" "$work/reports/$f.out"
    fi
  done
else
  args=()
  for f in "${formats[@]}"; do
    [[ "$f" == text ]] && args+=(--format text) || args+=(--format "$f=reports/$f.out")
  done
  run all "${args[@]}"
  for f in "${formats[@]}"; do
    if [[ "$f" == text ]]; then
      check text "$work/all.stdout"
    elif [[ -f "$work/reports/$f.out" ]]; then
      check "$f" "$work/reports/$f.out"
    else
      echo "many-findings: FAILED ($f): no report written" >&2
      failed=1
    fi
  done
fi
# AtomicFiles writes .<name>.<pid>.<counter>.<random>.tmp next to the report; none may survive a run.
if compgen -G "$work/reports/.*.tmp" >/dev/null; then
  echo "many-findings: FAILED: temporary report files left behind" >&2
  failed=1
fi
if [[ "$failed" -ne 0 ]]; then
  exit 1
fi
echo "many-findings: passed ($expected findings in every report)"
