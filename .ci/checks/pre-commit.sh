#!/usr/bin/env bash
# Run by .ci/run: the hooks in .pre-commit-hooks.yaml, driven by the real pre-commit through real
# `git commit`s in a throwaway repository that uses this checkout as its hook repository:
# - `sagelint` (the default): fetches the release of the hook repository's version. The real
#   release page cannot be reached here, so SAGELINT_RELEASE_URL points the hook at the release
#   this build made (dist/target, a file: URL); everything else is what users run: the checksum
#   check, the unpacking, the cache, the release's own launcher. It must never build.
# - `sagelint-source`: builds the CLI in pre-commit's clone on the first commit.
# - `sagelint-system`: the sagelint on PATH.
#
# pre-commit clones the hook repository at `rev` (here: this checkout's HEAD), so what is tested is
# the COMMITTED content of HEAD; uncommitted edits to the hooks, the launcher or the sources are
# not (the script says so when the work tree is dirty). Commit first, then run it.
#
# Everything it creates lives in one temporary directory, removed on exit: the repository,
# pre-commit's cache (PRE_COMMIT_HOME, which holds the clone the hook builds in) and git's
# configuration. The one thing shared with the machine is Maven's local repository (~/.m2), which
# the clone's first build reads dependencies from (CI's `./mvnw verify` has filled it already).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd -P)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "installing pre-commit (Debian package)"
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
fi
echo "$(pre-commit --version), $(git --version)"

rev="$(git -C "$root" rev-parse HEAD)"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]]; then
  echo "note: $root has uncommitted changes; pre-commit tests the committed HEAD ($rev) only"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
# The machine's git configuration (commit signing, core.hooksPath, templates) must not change the
# outcome, and `git config --global` below must not touch it.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$tmp/gitconfig"
git config --global user.name "sagelint CI"
git config --global user.email "ci@sagelint.invalid"
git config --global init.defaultBranch main
# The hook's output is checked as plain text.
unset NO_COLOR || true

version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
[[ -s "$root/dist/target/sagelint-$version.zip.sha256" ]] \
  || { echo "FAIL: no release in $root/dist/target (./mvnw package builds it)" >&2; exit 1; }
export SAGELINT_RELEASE_URL="file://$root/dist/target" SAGELINT_CACHE_DIR="$tmp/sagelint-cache"

repo="$tmp/project"
out="$tmp/out"
timings=()
fail() {
  echo "FAIL: $*" >&2
  echo "--- output of the last step ---" >&2
  cat "$out" >&2
  exit 1
}

# timed LABEL CMD...: runs CMD with its output in $out, records the wall time, sets $rc.
timed() {
  local label="$1" start end
  shift
  start="$(date +%s%N)"
  set +e
  "$@" >"$out" 2>&1
  rc=$?
  set -e
  end="$(date +%s%N)"
  timings+=("$(printf '%8.1f s  %s' "$(( (end - start) / 1000000 ))e-3" "$label")")
}

expect_passed() {
  [[ "$rc" -eq 0 ]] || fail "$1: expected the commit to pass, exit code $rc"
  grep -Eq '^sagelint\.+Passed$' "$out" || fail "$1: expected 'sagelint....Passed'"
}

# A line of the hook's output that starts with the given text (file:line:col: severity [rule]).
expect_line() {
  P="$1" awk 'index($0, ENVIRON["P"]) == 1 { found = 1 } END { exit !found }' "$out" \
    || fail "expected a line starting with: $1"
}

mkdir -p "$repo"
cd "$repo"
git init -q .
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: sagelint
EOF
pre-commit install >/dev/null

# 1. Good specs. The first run clones the hook repository and fetches the release (no build).
mkdir -p models endpoint-configs
cp "$root/examples/good/create-model.yaml" models/churn.yaml
cp "$root/examples/good/endpoint-config.json" endpoint-configs/churn.json
git add .pre-commit-config.yaml models endpoint-configs
timed "first commit: clone the hook repository, fetch the release, lint 3 files" git commit -q -m "good specs"
expect_passed "good specs"
clones=("$PRE_COMMIT_HOME"/repo*/)
[[ ${#clones[@]} -eq 1 ]] || fail "expected one clone in PRE_COMMIT_HOME, found ${#clones[@]}"
clone="${clones[0]%/}"
[[ ! -e "$clone/cli/target" ]] || fail "the release hook built something in its clone"
release="$SAGELINT_CACHE_DIR/sagelint-$version"
[[ -f "$release/bin/sagelint" && -f "$SAGELINT_CACHE_DIR/sagelint-$version.zip.verified" ]] \
  || fail "the release hook did not fetch and verify the release into $SAGELINT_CACHE_DIR"
touch "$tmp/fetched"

# For scale: a commit the hook does not run for (pre-commit's and git's own time).
echo "# Project" >README.md
git add README.md
timed "later commit: no .json/.yaml/.yml file (hook skipped; pre-commit and git alone)" \
  git commit -q -m "readme"
[[ "$rc" -eq 0 ]] && grep -Eq '^sagelint\.+\(no files to check\)Skipped$' "$out" \
  || fail "a commit without specs: expected the hook to be skipped"

# 2. Files that are not SageMaker specs, one of them not even valid YAML (a Helm template):
#    skipped quietly, the hook passes.
echo '{"name": "web-ui", "version": "1.0.0", "private": true}' >package.json
mkdir -p chart/templates
printf 'apiVersion: v1\nkind: ConfigMap\ndata:\n{{- range .Values.items }}\n  {{ .name }}: [\n{{- end }}\n' \
  >chart/templates/configmap.yaml
git add package.json chart
timed "later commit: 2 files that are not SageMaker specs" git commit -q -m "not specs"
expect_passed "files that are not SageMaker specs"

# 3. Only staged content is linted: a bad edit left unstaged, and a bad untracked file, do not
#    fail a commit of good staged changes (pre-commit stashes what is not staged).
sed -i 's/^ModelName: churn-xgboost-2024-06$/ModelName: churn-xgboost-2024-07/' models/churn.yaml
git add models/churn.yaml
sed -i 's/^ModelName: .*/ModelName: churn_unstaged/' models/churn.yaml
cp "$root/examples/bad/create-model.json" models/untracked-bad.json
timed "later commit: 1 staged spec, bad unstaged edits beside it" git commit -q -m "rename model"
expect_passed "staged good content with unstaged bad edits"
grep -qx 'ModelName: churn_unstaged' models/churn.yaml || fail "pre-commit did not restore the unstaged edit"
[[ "$(git show HEAD:models/churn.yaml | grep '^ModelName:')" == "ModelName: churn-xgboost-2024-07" ]] \
  || fail "the staged change was not committed"
git checkout -q -- models/churn.yaml
rm models/untracked-bad.json

# 4. A bad spec: the commit fails and the output names file, line, column, severity and rule.
head_before="$(git rev-parse HEAD)"
cp "$root/examples/bad/create-model.yaml" models/bad.yaml
git add models/bad.yaml
timed "later commit: 1 bad spec (rejected)" git commit -q -m "bad spec"
[[ "$rc" -ne 0 ]] || fail "bad spec: expected the commit to be rejected"
grep -Eq '^sagelint\.+Failed$' "$out" || fail "bad spec: expected 'sagelint....Failed'"
grep -qx -- '- exit code: 1' "$out" || fail "bad spec: expected sagelint's exit code 1 (findings)"
expect_line 'models/bad.yaml:1:12: error [SM105] `churn_model` does not match the pattern'
expect_line 'models/bad.yaml:5:3: error [SM102] `ModelDataURL` is not a member of `ContainerDefinition`'
expect_line 'models/bad.yaml:6:9: error [SM104] `Single` is not an allowed value'
expect_line 'models/bad.yaml:7:25: error [SM103] `EnableNetworkIsolation` must be a boolean'
expect_line 'Found 4 problems (4 errors) in 1 file. Checked 1 file.'
[[ "$(git rev-parse HEAD)" == "$head_before" ]] || fail "bad spec: a commit was made"

# 4b. A CloudFormation template with the three headline mistakes (examples/cloudformation/bad.yaml),
#     with default settings: the commit is refused, each finding an error at its property.
git reset -q
mkdir -p infra
cp "$root/examples/cloudformation/bad.yaml" infra/template.yaml
git add infra
timed "later commit: 1 CloudFormation template with the headline mistakes (rejected)" \
  git commit -q -m "bad template"
[[ "$rc" -ne 0 ]] || fail "bad template: expected the commit to be rejected"
grep -Eq '^sagelint\.+Failed$' "$out" || fail "bad template: expected 'sagelint....Failed'"
expect_line 'infra/template.yaml:28:17: error [SM301] resource `EndpointConfig`: `KmsKeyId` is set'
grep -Eq '^infra/template\.yaml:12:11: error \[SM201\] resource `PipelineModel`: ' "$out" \
  || fail "bad template: expected SM201 on PipelineModel at 12:11"
grep -Eq '^infra/template\.yaml:23:11: error \[SM203\] resource `DirectModel`: ' "$out" \
  || fail "bad template: expected SM203 on DirectModel at 23:11"
[[ "$(git rev-parse HEAD)" == "$head_before" ]] || fail "bad template: a commit was made"

# 4c. The same template with the three rules lowered in .sagelint.yaml: still reported (as
#     warnings), but the commit goes through.
printf 'rules:\n  SM201: warning\n  SM203: warning\n  SM301: warning\n' >.sagelint.yaml
git add infra .sagelint.yaml
timed "later commit: the same template, the three rules lowered to warnings (accepted)" \
  git commit -q -m "template with the rules lowered"
expect_passed "template with the three rules lowered"
[[ "$(git rev-parse HEAD~1)" == "$head_before" ]] || fail "lowered rules: expected one new commit"
git reset -q --soft "$head_before"
git reset -q
rm -rf infra .sagelint.yaml

# 4d. The Terraform module with the same three mistakes (examples/terraform/bad): the release hook
#     picks up .tf files, and the commit is refused with each finding at its attribute.
mkdir -p infra
cp "$root/examples/terraform/bad/main.tf" "$root/examples/terraform/bad/variables.tf" infra/
git add infra
timed "later commit: a Terraform module with the headline mistakes (rejected)" \
  git commit -q -m "bad terraform"
[[ "$rc" -ne 0 ]] || fail "bad terraform: expected the commit to be rejected"
expect_line 'infra/main.tf:12:3: error [SM201] aws_sagemaker_model.pipeline: '
expect_line 'infra/main.tf:29:3: error [SM203] aws_sagemaker_model.direct: '
expect_line 'infra/main.tf:37:17: error [SM301] aws_sagemaker_endpoint_configuration.churn: '
[[ "$(git rev-parse HEAD)" == "$head_before" ]] || fail "bad terraform: a commit was made"
git reset -q
rm -rf infra

# Fetched once: no later commit fetched or unpacked again, and nothing was built.
[[ -z "$(find "$SAGELINT_CACHE_DIR" -maxdepth 1 -newer "$tmp/fetched" -name 'sagelint-*')" ]] \
  || fail "a later commit fetched the release again"
[[ ! -e "$clone/cli/target" ]] || fail "the release hook built something in its clone"

# 5. sagelint-source: the first commit builds the CLI in the clone, then lints.
git reset -q
sed -i 's/- id: sagelint$/- id: sagelint-source/' .pre-commit-config.yaml
git add .pre-commit-config.yaml
timed "sagelint-source: first commit: build the CLI in the clone, lint the configuration" \
  git commit -q -m "build from source"
expect_passed "sagelint-source on the configuration file"
jar="$clone/cli/target/sagelint.jar"
[[ -f "$jar" ]] || fail "the sagelint-source hook did not build $jar"
touch "$tmp/built"
git add models/bad.yaml
timed "sagelint-source: later commit: 1 bad spec (rejected)" git commit -q -m "bad spec"
[[ "$rc" -ne 0 ]] || fail "sagelint-source: expected the commit to be rejected"
expect_line 'models/bad.yaml:1:12: error [SM105] `churn_model` does not match the pattern'
expect_line 'Found 4 problems (4 errors) in 1 file. Checked 1 file.'

# 6. sagelint-system: the same check with the sagelint found on PATH (here the release's
#    launcher, through a symbolic link as a user would install it).
mkdir -p "$tmp/bin"
ln -s "$release/bin/sagelint" "$tmp/bin/sagelint"
chmod +x "$release/bin/sagelint" # the zip keeps no file modes
git reset -q
sed -i 's/- id: sagelint-source$/- id: sagelint-system/' .pre-commit-config.yaml
git add .pre-commit-config.yaml
PATH="$tmp/bin:$PATH" timed "sagelint-system: commit the configuration (not a spec)" \
  git commit -q -m "use sagelint from PATH"
expect_passed "sagelint-system on the configuration file"
git add models/bad.yaml
PATH="$tmp/bin:$PATH" timed "sagelint-system: 1 bad spec (rejected)" git commit -q -m "bad spec"
[[ "$rc" -ne 0 ]] || fail "sagelint-system: expected the commit to be rejected"
expect_line 'models/bad.yaml:1:12: error [SM105] `churn_model` does not match the pattern'

# Built once: no later run rebuilt the jar, and pre-commit kept using the same clone.
[[ -z "$(find "$jar" -newer "$tmp/built")" ]] || fail "a later commit rebuilt the CLI"
clones=("$PRE_COMMIT_HOME"/repo*/)
[[ ${#clones[@]} -eq 1 ]] || fail "pre-commit made another clone"

# A release whose checksum does not match is refused, and nothing is unpacked.
rm -rf "$SAGELINT_CACHE_DIR"
git reset -q
sed -i 's/- id: sagelint-system$/- id: sagelint/' .pre-commit-config.yaml
git add .pre-commit-config.yaml models/bad.yaml
SAGELINT_SHA256="$(printf '0%.0s' {1..64})" timed "sagelint: a release with the wrong checksum" \
  git commit -q -m "wrong checksum"
[[ "$rc" -ne 0 ]] || fail "a wrong checksum: expected the commit to be rejected"
grep -q 'sagelint: checksum mismatch for file://' "$out" || fail "a wrong checksum: no message"
[[ ! -e "$SAGELINT_CACHE_DIR/sagelint-$version" ]] || fail "a wrong checksum: the release was unpacked"

echo "pre-commit hooks: all checks passed. Timings (wall clock):"
printf '%s\n' "${timings[@]}"
