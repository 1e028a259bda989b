#!/usr/bin/env bash
# Run by .ci/run: the GitHub Action (action.yml, scripts/action.sh) and this repository's
# workflows.
#
# 1. action.yml, .github/workflows/*.yml and the example workflow in docs/ci/ pass
#    @action-validator/cli (GitHub's metadata and workflow schemas), installed from npm here.
# 2. The action's script steps run as GitHub runs them: the INPUT_* variables action.yml sets,
#    GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_ACTION_PATH at this checkout. The
#    release it fetches is the one this build made (dist/target, served by a file: URL, as the
#    real one cannot be downloaded here); `source` runs this checkout's own launcher. Checked:
#    the annotations on stdout, the SARIF file, the step outputs and the summary, exit codes, and
#    a release whose checksum does not match.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd -P)"
validator_version="0.6.0"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "action: FAIL: $*" >&2; exit 1; }

# 1. The validator.
(cd "$tmp" && npm install --silent --no-audit --no-fund --no-save \
  "@action-validator/cli@$validator_version" >/dev/null)
validator="$tmp/node_modules/.bin/action-validator"
files=("$root/action.yml" "$root"/.github/workflows/*.yml "$root/docs/ci/github-actions.yml")
for f in "${files[@]}"; do
  "$validator" "$f" || fail "${f#"$root"/} does not pass action-validator"
done
echo "action: action-validator $validator_version: ${#files[@]} files valid (${files[*]#"$root"/})"
# And it rejects a broken action (a run step without its shell, which composite actions require),
# so a pass means something. It tells actions from workflows by the file name.
mkdir -p "$tmp/broken"
sed 's/^      shell: bash$//' "$root/action.yml" >"$tmp/broken/action.yml"
if "$validator" "$tmp/broken/action.yml" >/dev/null 2>&1; then
  fail "action-validator accepted composite run steps without shell"
fi

# 2. The script steps.
[[ -s "$root/dist/target/sagelint-$version-all.jar" ]] || fail "no release built in dist/target (run ./mvnw package first)"
work="$tmp/workspace"
mkdir -p "$work"
cp -r "$root/examples/bad" "$root/examples/good" "$work/"
# run_action COMMAND [NAME=VALUE...]: runs scripts/action.sh in the workspace with a fresh
# GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; sets rc, and leaves stdout, stderr, outputs, summary in $tmp.
run_action() {
  local command="$1"
  shift
  : >"$tmp/outputs"
  : >"$tmp/summary"
  set +e
  (cd "$work" && env -u INPUT_PATHS -u INPUT_FORMAT -u INPUT_CONFIG -u INPUT_FAIL_ON -u INPUT_VERSION \
    -u INPUT_SARIF_FILE GITHUB_ACTION_PATH="$root" GITHUB_OUTPUT="$tmp/outputs" \
    GITHUB_STEP_SUMMARY="$tmp/summary" SAGELINT_CACHE_DIR="$tmp/cache" \
    SAGELINT_RELEASE_URL="file://$root/dist/target" "$@" \
    "$BASH" "$root/scripts/action.sh" "$command" >"$tmp/stdout" 2>"$tmp/stderr")
  rc=$?
  set -e
}

run_action check-java
[[ $rc -eq 0 && "$(cat "$tmp/outputs")" == "found=true" ]] || fail "check-java: expected found=true with Java on PATH"
run_action check-java PATH=/nonexistent JAVA_HOME=
[[ $rc -eq 0 && "$(cat "$tmp/outputs")" == "found=false" ]] || fail "check-java: expected found=false without Java"

# A release, text in the log, fail-on error.
run_action lint INPUT_PATHS="bad good" INPUT_FORMAT=text INPUT_FAIL_ON=error INPUT_VERSION="$version" \
  INPUT_SARIF_FILE=reports/sagelint.sarif INPUT_CONFIG=
[[ $rc -eq 1 ]] || { cat "$tmp/stderr"; fail "lint: exit code $rc, expected 1"; }
grep -qx 'Found 16 problems (15 errors, 1 info) in 4 files. Checked 8 files.' "$tmp/stdout" \
  || fail "lint: the text report is not in the log"
[[ "$(grep -c '^::error ' "$tmp/stdout")" -eq 15 && "$(grep -c '^::notice ' "$tmp/stdout")" -eq 1 ]] \
  || fail "lint: expected 15 ::error and 1 ::notice annotations on stdout"
grep -qxF '::error file=bad/create-model.yaml,line=1,col=12,endLine=1,endColumn=23,title=SM105::`churn_model` does not match the pattern AWS requires for `ModelName`: [a-zA-Z0-9]([\-a-zA-Z0-9]*[a-zA-Z0-9])?.%0ACharacter 6 of the value, `_`, may not appear anywhere in it: remove or replace it.' "$tmp/stdout" \
  || fail "lint: the SM105 annotation is missing or different"
grep -qxF '::notice file=bad/endpoint-config.yaml,line=9,col=5,endLine=11,endColumn=28,title=SM314::ProductionVariants[1] has no `InitialVariantWeight` and counts as 1.0 next to the explicit weights of the other variants.%0ASet `InitialVariantWeight` on every production variant so that the traffic split is explicit.' "$tmp/stdout" \
  || fail "lint: the SM314 notice is missing or different"
[[ "$(cat "$tmp/outputs")" == "$(printf 'sarif-file=reports/sagelint.sarif\nexit-code=1\nerrors=15\nwarnings=0')" ]] \
  || fail "lint: step outputs are: $(cat "$tmp/outputs")"
node - "$work/reports/sagelint.sarif" <<'JS' || fail "lint: the SARIF report is not as expected"
const log = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const run = log.runs[0];
const results = run.results;
const sm105 = results.find(r => r.ruleId === 'SM105' && r.locations[0].physicalLocation.artifactLocation.uri === 'bad/create-model.yaml');
const ok = log.version === '2.1.0' && log.runs.length === 1 && run.tool.driver.name === 'sagelint'
  && results.length === 16 && results.filter(r => r.level === 'error').length === 15
  && sm105 && sm105.locations[0].physicalLocation.region.startLine === 1
  && sm105.locations[0].physicalLocation.region.startColumn === 12;
if (!ok) { console.error(JSON.stringify({version: log.version, results: results.length}, null, 1)); process.exit(1); }
JS
[[ "$(head -n 3 "$tmp/summary")" == "$(printf '### sagelint: failed (fail-on: error)\n\n15 errors, 0 warnings, 1 notices. SARIF: `reports/sagelint.sarif`.')" ]] \
  || fail "lint: summary head is: $(head -n 3 "$tmp/summary")"
[[ "$(grep -c '^| \(error\|notice\) |' "$tmp/summary")" -eq 16 ]] || fail "lint: expected 16 rows in the summary table"
grep -qxF '| error | `bad/create-model.yaml:1:12` | SM105 | `churn_model` does not match the pattern AWS requires for `ModelName`: [a-zA-Z0-9]([\-a-zA-Z0-9]*[a-zA-Z0-9])?. |' "$tmp/summary" \
  || fail "lint: the SM105 row of the summary is missing or different"
echo "action: release $version: 16 annotations, SARIF (16 results), outputs and summary as expected"

# The github format in the log: the annotations are printed once, not twice; fail-on none passes;
# a configuration file is passed through (it ignores SM105 and SM108, 3 findings each: 10 left).
printf 'ignore: [SM105, SM108]\n' >"$work/lint-config.yaml"
run_action lint INPUT_PATHS=bad INPUT_FORMAT=github INPUT_FAIL_ON=none INPUT_VERSION="$version" \
  INPUT_CONFIG=lint-config.yaml
[[ $rc -eq 0 ]] || { cat "$tmp/stderr"; fail "fail-on none: exit code $rc, expected 0"; }
[[ "$(grep -c '^::' "$tmp/stdout")" -eq 10 ]] || fail "format github: expected 10 annotations, printed once; got $(grep -c '^::' "$tmp/stdout")"
grep -q 'SM105\|SM108' "$tmp/stdout" && fail "the configuration file was not applied"
[[ -s "$work/sagelint.sarif" ]] || fail "the default SARIF file sagelint.sarif was not written"
head -n 1 "$tmp/summary" | grep -qx '### sagelint: passed' || fail "fail-on none: the summary does not say passed"
echo "action: format github, fail-on none, config file: 10 annotations once, exit 0"

# version `source`: this checkout's launcher (built already by ./mvnw verify), same findings.
run_action lint INPUT_PATHS=bad INPUT_VERSION=source
[[ $rc -eq 1 && "$(grep -c '^::' "$tmp/stdout")" -eq 16 ]] || { cat "$tmp/stderr"; fail "version source: exit $rc"; }
grep -qx 'sagelint: building from .*' "$tmp/stdout" || fail "version source: did not say where it builds from"
echo "action: version source: the checkout's launcher, 16 annotations"

# A version from the action's tag; and a release whose checksum does not match is refused.
run_action lint INPUT_PATHS=good SAGELINT_ACTION_REF="v$version"
[[ $rc -eq 0 ]] || { cat "$tmp/stderr"; fail "version from the action ref: exit $rc"; }
rm -rf "$tmp/cache"
run_action lint INPUT_PATHS=good INPUT_VERSION="$version" SAGELINT_SHA256="$(printf '0%.0s' {1..64})"
[[ $rc -eq 2 ]] || fail "a wrong checksum: exit code $rc, expected 2"
grep -q 'checksum mismatch' "$tmp/stderr" || fail "a wrong checksum: no message"
[[ -z "$(find "$tmp/cache" -name '*.jar')" ]] || fail "a wrong checksum: the jar was kept"
echo "action: version from the action's tag runs; a wrong checksum is refused with exit 2, nothing kept"
echo "action: all checks passed"
