#!/usr/bin/env bash
# Whole-process benchmark on CloudFormation templates: sagelint against cfn-lint, in the same run,
# on (a) every real template in ../shared/realworld/cfn/ in one call and (b) one template. Prints a
# Markdown table of median wall times (also written to $OUT/cfn-results.md) with the ratio
# sagelint/cfn-lint; issue 13's targets are <= 0.2x for all templates and <= 0.3x for one.
#
#   bench/cfn-compare.sh                       # 5 runs of each case
#   RUNS=9 ONE=path/to/template.yaml bench/cfn-compare.sh
#   CFN_DIR=path/to/templates bench/cfn-compare.sh
#
# The tools run alternately (sagelint, cfn-lint, sagelint, ...) after one untimed warm-up each, so
# a change of the machine's load during the run weighs on both alike. cfn-lint is whatever
# `cfn-lint` is on PATH; without it, sagelint is still measured and the ratios are left out.
# Needs Java 17 and the CLI (built through ./sagelint on first use). See docs/performance.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${OUT:-$root/bench/out}"
runs="${RUNS:-5}"
cfn_dir="${CFN_DIR:-$root/../shared/realworld/cfn}"
log() { printf '%s\n' "$*" >&2; }

if [[ ! -d "$cfn_dir" ]]; then
  log "cfn-compare.sh: no templates at $cfn_dir (the shared real-world corpus); nothing to measure"
  exit 0
fi
cfn_dir="$(cd "$cfn_dir" && pwd)"
mapfile -t templates < <(find "$cfn_dir" -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) | sort)
# The one-template case: a typical SageMaker project template (3.7 KB, model, config, endpoint).
one="${ONE:-$cfn_dir/sm-custom-project-templates__8.yaml}"
[[ -f "$one" ]] || one="${templates[0]}"
mkdir -p "$out"
cd "$out"

log "== build (the CLI through its launcher)"
"$root/sagelint" --version >/dev/null
sagelint=("$root/sagelint" lint --format json --fail-on none)
cfnlint=()
if command -v cfn-lint >/dev/null 2>&1; then
  cfnlint=(cfn-lint --format json)
  cfnlint_version="$(cfn-lint --version 2>&1 | head -1)"
else
  log "cfn-compare.sh: cfn-lint not found on PATH; measuring sagelint alone (pip install cfn-lint)"
fi

# ---------------------------------------------------------------- measuring
# Wall time is bash's clock around the process. GNU time, when present, adds its peak RSS and its
# CPU time (user + system): on a shared machine CPU time is the steadier measure, since the load of
# other processes stretches wall time much more than it changes the work done.
has_time=false
[[ -x /usr/bin/time ]] && has_time=true
declare -A walls cpus rss
run_once() {
  local name=$1
  shift
  local t0 t1 r
  t0=$EPOCHREALTIME
  if $has_time; then
    /usr/bin/time -f '%M %U %S' -o "time-$name.txt" "$@" >"out-$name.txt" 2>"err-$name.txt" || true
  else
    "$@" >"out-$name.txt" 2>"err-$name.txt" || true
  fi
  t1=$EPOCHREALTIME
  walls[$name]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}') "
  if $has_time; then
    read -r r u s < <(tail -1 "time-$name.txt")
    ((r > ${rss[$name]:-0})) && rss[$name]=$r
    cpus[$name]+="$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') "
  fi
  return 0
}
median() {
  tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n \
    | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else printf "%.3f", (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}
# measure CASE ARGS...: untimed warm-up of each tool, then RUNS alternating timed runs.
measure() {
  local c=$1 i
  shift
  run_once "warm-sagelint-$c" "${sagelint[@]}" "$@"
  ((${#cfnlint[@]})) && run_once "warm-cfnlint-$c" "${cfnlint[@]}" -- "$@"
  for ((i = 0; i < runs; i++)); do
    run_once "sagelint-$c" "${sagelint[@]}" "$@"
    ((${#cfnlint[@]})) && run_once "cfnlint-$c" "${cfnlint[@]}" -- "$@"
  done
  log "   $c: sagelint ${walls[sagelint-$c]}| cfn-lint ${walls[cfnlint-$c]:-n/a}"
}

load_before="$(uptime | sed 's/.*load average: //')"
log "== ${#templates[@]} templates in one call, then one template ($(basename "$one")); load $load_before"
measure all "${templates[@]}"
measure one "$one"
# Start-up alone: the launcher, the JVM with its class-data sharing archive, picocli; no linting.
for ((i = 0; i < runs; i++)); do run_once startup "$root/sagelint" --version; done
load_after="$(uptime | sed 's/.*load average: //')"

# What each tool made of the templates, from the last timed run (not compared: they check
# different things; cfn-lint the resource shapes, sagelint the SageMaker constraints).
summary=$("$root/sagelint" lint --fail-on none "${templates[@]}" 2>/dev/null | tail -1)
cfn_findings="-"
if ((${#cfnlint[@]})); then
  cfn_findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' out-cfnlint-all.txt 2>/dev/null || echo "?")
fi

# ---------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf ((b + 0 > 0 && a + 0 > 0) ? "%.2f" : "-"), a / b}'; }
mb() { [[ -n "${rss[$1]:-}" ]] && echo "$((rss[$1] / 1024))" || echo "-"; }
{
  echo "Machine: $(nproc) cores; load average (1/5/15 min) $load_before before, $load_after after."
  echo "Versions: $(java -version 2>&1 | head -1); ${cfnlint_version:-cfn-lint absent}."
  echo "Median wall and CPU (user + system) time of $runs alternating runs after one warm-up each, whole process; peak RSS the highest run."
  echo
  echo "| case | sagelint s | cfn-lint s | sagelint/cfn-lint | target | CPU s sagelint / cfn-lint | CPU ratio | peak RSS MB sagelint / cfn-lint |"
  echo "|---|---|---|---|---|---|---|---|"
  a_s=$(median "${walls[sagelint-all]}"); a_c=$(median "${walls[cfnlint-all]:-}")
  o_s=$(median "${walls[sagelint-one]}"); o_c=$(median "${walls[cfnlint-one]:-}")
  ac_s=$(median "${cpus[sagelint-all]:-}"); ac_c=$(median "${cpus[cfnlint-all]:-}")
  oc_s=$(median "${cpus[sagelint-one]:-}"); oc_c=$(median "${cpus[cfnlint-one]:-}")
  echo "| ${#templates[@]} templates, one call | $a_s | $a_c | $(ratio "$a_s" "$a_c") | <= 0.2 | $ac_s / $ac_c | $(ratio "$ac_s" "$ac_c") | $(mb sagelint-all) / $(mb cfnlint-all) |"
  echo "| 1 template ($(basename "$one")) | $o_s | $o_c | $(ratio "$o_s" "$o_c") | <= 0.3 | $oc_s / $oc_c | $(ratio "$oc_s" "$oc_c") | $(mb sagelint-one) / $(mb cfnlint-one) |"
  echo "| \`sagelint --version\` (start-up only) | $(median "${walls[startup]}") | | | | $(median "${cpus[startup]:-}") | | $(mb startup) |"
  echo
  echo "All runs (s): sagelint ${walls[sagelint-all]}/ cfn-lint ${walls[cfnlint-all]:-n/a} (all); sagelint ${walls[sagelint-one]}/ cfn-lint ${walls[cfnlint-one]:-n/a} (one)."
  echo "sagelint on the ${#templates[@]}: $summary cfn-lint: $cfn_findings findings (its own checks)."
} | tee cfn-results.md
