#!/usr/bin/env bash
# One-file lint, whole process: the release's bin/sagelint (with the start-up archive it records
# on its first run) against ./sagelint in this checkout (with the archive the build trains), and
# `java -jar` on the all-in-one jar for scale. hyperfine, all three in one script: each round
# runs the three one after another, RUNS times each (default 10), and several rounds (default 3)
# show how much the load moved; median, min and max per command and round. Needs `./mvnw package` first (dist/target) and hyperfine (Debian).
#
#   ROUNDS=3 RUNS=10 bench/dist-launcher.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd -P)"
runs="${RUNS:-10}"
rounds="${ROUNDS:-3}"
file="${FILE:-examples/good/create-model.json}"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

tar xzf "$root/dist/target/sagelint-$version.tar.gz" -C "$tmp"
export SAGELINT_CACHE_DIR="$tmp/cache"
cd "$root"
# The dist launcher's first lint run records its archive; not measured.
"$tmp/sagelint-$version/bin/sagelint" lint "$file" >/dev/null
ls "$SAGELINT_CACHE_DIR"/*.jsa >/dev/null

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
for round in $(seq 1 "$rounds"); do
  hyperfine -N --style basic --warmup 2 --runs "$runs" --export-json "$tmp/round$round.json" \
    -n './sagelint (checkout)' "./sagelint lint $file" \
    -n 'bin/sagelint (release)' "$tmp/sagelint-$version/bin/sagelint lint $file" \
    -n 'java -jar all.jar' "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $root/dist/target/sagelint-$version-all.jar lint $file" \
    >/dev/null
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
    for (const c of r) {
      const t = c.times.slice().sort((a, b) => a - b);
      console.log(`round ${process.argv[2]}: ${c.command.padEnd(24)} median ${(c.median * 1000).toFixed(0)} ms (min ${(t[0] * 1000).toFixed(0)}, max ${(t[t.length - 1] * 1000).toFixed(0)}, ${t.length} runs)`);
    }' "$tmp/round$round.json" "$round"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
