#!/usr/bin/env bash
# Whole-process benchmark: sagelint against ajv-cli and Spectral on the same generated specs and
# the same schemas (exported by `sagelint schema`), with a parse-only floor. Prints a Markdown
# table (also written to $OUT/results.md) and checks that the tools flag the same files.
#
#   bench/compare.sh                      # 10,000 files; 5 runs for 1 file, 3 for many
#   COUNT=2000 RUNS=3 RUNS_MANY=1 bench/compare.sh
#   SKIP_SPECTRAL_MANY=1 bench/compare.sh  # Spectral needs ~12 min per 10,000-file run here
#
# Everything it makes goes to $OUT (default bench/out/, git-ignored): the corpus, the schemas,
# the npm packages, the outputs of the last run of each tool. Needs Java 17, node/npm, GNU time.
# See docs/performance.md for what the numbers mean.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${OUT:-$root/bench/out}"
count="${COUNT:-10000}"
seed="${SEED:-8}"
runs="${RUNS:-5}"
runs_many="${RUNS_MANY:-3}"
spectral_runs_many="${SPECTRAL_RUNS_MANY:-1}"
ajv_cli_version=5.0.0
ajv_formats_version=3.0.1
spectral_version=6.16.3

mkdir -p "$out"
cd "$out"
log() { printf '%s\n' "$*" >&2; }
[[ -x /usr/bin/time ]] || { log "compare.sh: needs GNU time (/usr/bin/time; Debian package 'time')"; exit 2; }

# ---------------------------------------------------------------- build
log "== build (the CLI through its launcher, and the bench module)"
"$root/sagelint" --version >/dev/null
(cd "$root" && ./mvnw -q -Pbench -pl bench -am -DskipTests package) >&2
bench_jar="$root/bench/target/sagelint-bench-0.1.0.jar"
lib="$root/cli/target/lib"

# ---------------------------------------------------------------- corpus
if [[ "$(cat corpus/.stamp 2>/dev/null || true)" != "$count $seed" ]]; then
  log "== corpus: $count specs (seed $seed)"
  rm -rf corpus
  java -cp "$bench_jar" dev.sagelint.bench.Corpus corpus "$count" "$seed"
  echo "$count $seed" > corpus/.stamp
fi
# The 1-file cases: the first clean medium spec of each kind, one JSON, one YAML.
one_model="corpus/$(awk -F'\t' '$2=="CreateModel" && $3=="json" && $4=="medium" && $5=="-" {print $1; exit}' corpus/manifest.tsv)"
one_config="corpus/$(awk -F'\t' '$2=="CreateEndpointConfig" && $3=="yaml" && $4=="medium" && $5=="-" {print $1; exit}' corpus/manifest.tsv)"
mapfile -t all_files < <(awk -F'\t' 'NR>1 {print "corpus/" $1}' corpus/manifest.tsv)

# ---------------------------------------------------------------- schemas and peers
log "== schemas (sagelint schema KIND) and peers (npm)"
mkdir -p schemas
for kind in CreateModel CreateEndpointConfig; do
  "$root/sagelint" schema "$kind" > "schemas/$kind.schema.json"
done
want="ajv-cli@$ajv_cli_version ajv-formats@$ajv_formats_version @stoplight/spectral-cli@$spectral_version"
if [[ "$(cat node/.stamp 2>/dev/null || true)" != "$want" ]]; then
  rm -rf node
  mkdir -p node
  # shellcheck disable=SC2086 # one word per package
  npm install --prefix node --no-audit --no-fund --loglevel=error $want >&2
  echo "$want" > node/.stamp
fi
ajv=(node/node_modules/.bin/ajv validate --spec=draft2020 -c ajv-formats --all-errors --errors=json)
spectral=(node/node_modules/.bin/spectral lint --format json)
# Spectral: one ruleset per kind, the schema inline, every error (allErrors), message = ajv's.
for kind in CreateModel CreateEndpointConfig; do
  node -e '
    const [kind, file] = process.argv.slice(1);
    const schema = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const rule = {given: "$", severity: "error", message: "{{error}}",
      then: {function: "schema", functionOptions: {schema, dialect: "draft2020-12", allErrors: true}}};
    process.stdout.write(JSON.stringify({rules: {[kind + "-schema"]: rule}}));
  ' "$kind" "schemas/$kind.schema.json" > "spectral-$kind.json"
done

# ---------------------------------------------------------------- the floor
# The same JVM, flags and Jackson parsers as sagelint, with its own class-data sharing archive;
# it only pulls every token of every file (dev.sagelint.bench.ParseFloor).
floor_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
floor_cp="$bench_jar:$lib/jackson-core-3.3.0.jar:$lib/jackson-dataformat-yaml-3.3.0.jar:$lib/snakeyaml-engine-3.0.1.jar"
java "${floor_opts[@]}" -XX:ArchiveClassesAtExit=floor.jsa -cp "$floor_cp" \
  dev.sagelint.bench.ParseFloor "$one_model" "$one_config" >/dev/null
floor=(java "${floor_opts[@]}" -XX:SharedArchiveFile=floor.jsa -cp "$floor_cp" dev.sagelint.bench.ParseFloor)
sagelint=("$root/sagelint" lint --format json --fail-on none)

# ---------------------------------------------------------------- measuring
# measure NAME RUNS COMMAND...: wall time of each run (bash's clock around GNU time, which
# gives the peak RSS of the process tree); keeps the median wall and the highest peak RSS.
declare -A wall rss
measure() {
  local name=$1 n=$2
  shift 2
  local walls=() peak=0 i t0 t1 r
  for ((i = 0; i < n; i++)); do
    t0=$EPOCHREALTIME
    /usr/bin/time -f %M -o time.txt "$@" >/dev/null 2>"err-$name.txt" || true
    t1=$EPOCHREALTIME
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
    r=$(tail -1 time.txt)
    ((r > peak)) && peak=$r
  done
  wall[$name]=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
  rss[$name]=$((peak / 1024))
  log "   $name: median ${wall[$name]} s of ${walls[*]}; peak RSS ${rss[$name]} MB"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load)
log "== 1 file (load $(load))"
for tool in sagelint ajv spectral floor; do
  for one in model config; do
    file=$one_model kind=CreateModel
    [[ $one == config ]] && file=$one_config kind=CreateEndpointConfig
    case $tool in
      sagelint) measure "sagelint-1$one" "$runs" "${sagelint[@]}" "$file" ;;
      ajv) measure "ajv-1$one" "$runs" "${ajv[@]}" -s "schemas/$kind.schema.json" -d "$file" ;;
      spectral) measure "spectral-1$one" "$runs" "${spectral[@]}" -r "spectral-$kind.json" "$file" ;;
      floor) measure "floor-1$one" "$runs" "${floor[@]}" "$file" ;;
    esac
  done
done

log "== $count files (load $(load))"
# Outputs of earlier runs must not stand in for this one's in the agreement check.
rm -f sagelint.json sagelint-sm1.json ajv.out spectral-CreateModel.out spectral-CreateEndpointConfig.out
measure sagelint-many "$runs_many" "${sagelint[@]}" --output sagelint.json corpus
measure ajv-many "$runs_many" bash -c '"$@" -s schemas/CreateModel.schema.json -d "corpus/CreateModel/*" > ajv.out 2>&1;
  "$@" -s schemas/CreateEndpointConfig.schema.json -d "corpus/CreateEndpointConfig/*" >> ajv.out 2>&1; true' ajv "${ajv[@]}"
if [[ -z "${SKIP_SPECTRAL_MANY:-}" ]]; then
  measure spectral-many "$spectral_runs_many" bash -c '"$@" -r spectral-CreateModel.json -o spectral-CreateModel.out "corpus/CreateModel/*";
    "$@" -r spectral-CreateEndpointConfig.json -o spectral-CreateEndpointConfig.out "corpus/CreateEndpointConfig/*"; true' spectral "${spectral[@]}"
fi
measure floor-many "$runs_many" "${floor[@]}" corpus

log "== sagelint: threads and growth (load $(load))"
measure sagelint-j1 "$runs_many" "${sagelint[@]}" --threads 1 corpus
for n in 1000 2500 5000; do
  ((n < count)) && measure "sagelint-n$n" "$runs_many" "${sagelint[@]}" "${all_files[@]:0:n}"
done
load_after=$(load)

# ---------------------------------------------------------------- agreement
log "== agreement (outputs of the last runs)"
"${sagelint[@]}" --select SM1 --output sagelint-sm1.json corpus || true
agreement=$(node "$root/bench/agreement.js" corpus/manifest.tsv sagelint.json sagelint-sm1.json ajv.out \
  spectral-CreateModel.out spectral-CreateEndpointConfig.out)

# ---------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.2f" : "-"), a / b}'; }
v() { echo "${wall[$1]:--}"; }
m() { echo "${rss[$1]:--}"; }
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average (1/5/15 min) $load_before before, $load_after after."
  echo "Versions: $(java -version 2>&1 | head -1); node $(node --version); ajv-cli $ajv_cli_version (ajv $(node -p 'require("./node/node_modules/ajv/package.json").version')), ajv-formats $ajv_formats_version; Spectral $spectral_version."
  echo "Corpus: $count specs (seed $seed), $(du -sb corpus | cut -f1) bytes; median wall time of $runs runs (1 file) and $runs_many runs ($count files; Spectral $spectral_runs_many); peak RSS is the highest of the runs."
  echo
  echo "| case | sagelint | ajv-cli | Spectral | parse floor | sagelint/ajv | sagelint/Spectral | sagelint/floor |"
  echo "|---|---|---|---|---|---|---|---|"
  for c in 1model 1config many; do
    case $c in
      1model) label="1 file ($one_model)" ;;
      1config) label="1 file ($one_config)" ;;
      many) label="$count files" ;;
    esac
    echo "| $label: wall s | $(v sagelint-$c) | $(v ajv-$c) | $(v spectral-$c) | $(v floor-$c) | $(ratio "$(v sagelint-$c)" "$(v ajv-$c)") | $(ratio "$(v sagelint-$c)" "$(v spectral-$c)") | $(ratio "$(v sagelint-$c)" "$(v floor-$c)") |"
    echo "| $label: peak RSS MB | $(m sagelint-$c) | $(m ajv-$c) | $(m spectral-$c) | $(m floor-$c) | | | |"
  done
  echo
  echo "sagelint on $count files: 1 thread $(v sagelint-j1) s, 2 threads $(v sagelint-many) s: speed-up $(ratio "$(v sagelint-j1)" "$(v sagelint-many)")x."
  echo -n "Growth (files: s): 1: $(v sagelint-1model)"
  for n in 1000 2500 5000; do
    [[ -n "${wall[sagelint-n$n]:-}" ]] && echo -n "; $n: $(v sagelint-n$n)"
  done
  echo "; $count: $(v sagelint-many)."
  echo "Throughput on $count files: sagelint $(awk -v n="$count" -v t="$(v sagelint-many)" 'BEGIN {printf "%.0f", n / t}') files/s, ajv-cli $(awk -v n="$count" -v t="$(v ajv-many)" 'BEGIN {printf "%.0f", n / t}') files/s: $(ratio "$(v ajv-many)" "$(v sagelint-many)")x ajv-cli's."
  echo
  echo "$agreement"
} | tee results.md
