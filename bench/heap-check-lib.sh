# Shared by the heap checks (memory-check.sh, many-findings.sh); sourced, not run.
#
# heap_check_setup NAME: from the repository root, builds the CLI jar if it is missing (or when
# REBUILD is set), and sets jar, heap (HEAP, default 256m) and work (a temporary directory,
# removed on exit).
heap_check_setup() {
  jar=cli/target/sagelint.jar
  heap="${HEAP:-256m}"
  if [[ ! -f "$jar" || -n "${REBUILD:-}" ]]; then
    echo "$1: building the CLI jar" >&2
    ./mvnw -q -B -ntp -DskipTests -pl cli -am package >&2
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}

# peak_heap_after_gc LOG: the largest heap after a collection in a -Xlog:gc file, in MiB.
peak_heap_after_gc() {
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1
}
