#!/usr/bin/env bash
# Whole-process benchmark for the Terraform front end (issue 14): parse and lint the 19 real .tf
# files of ../shared/realworld/terraform in one sagelint call, best and median of $RUNS runs, and
# `terraform validate` on the same files beside it when Terraform and a local hashicorp/aws
# provider mirror (SAGELINT_TF_PLUGIN_DIR) are present (validate needs the provider's schema).
#
#   bench/terraform.sh          # RUNS=10 by default
#
# Prints a Markdown table; docs/performance.md records the result.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/realworld/terraform}"
runs="${RUNS:-10}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
files=("$corpus"/*.tf)

"$root/sagelint" --version >/dev/null # build once, outside the timing

time_runs() { # label, command...
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '| %s | %s | %s |\n' "$label" "$(echo "$sorted" | head -1)" \
    "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")"
}

echo "| ${#files[@]} real .tf files, whole process | best ms | median ms |"
echo "|---|---|---|"
time_runs "sagelint lint (parse, map, every rule)" "$root/sagelint" lint "${files[@]}"

plugins="${SAGELINT_TF_PLUGIN_DIR:-}"
if command -v terraform >/dev/null && [ -n "$plugins" ] \
    && [ -d "$plugins/registry.terraform.io/hashicorp/aws" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Each file is its own module (they come from different projects); validate them one by one.
  for f in "${files[@]}"; do
    d="$work/$(basename "$f" .tf)"; mkdir -p "$d"; cp "$f" "$d/main.tf"
    (cd "$d" && terraform init -backend=false -input=false -plugin-dir="$plugins" >/dev/null 2>&1) || true
  done
  validate_all() { for d in "$work"/*/; do (cd "$d" && terraform validate -no-color >/dev/null 2>&1) || true; done; }
  time_runs "terraform validate (19 modules, after init)" validate_all
else
  echo
  echo "terraform validate: not measured (terraform or SAGELINT_TF_PLUGIN_DIR with hashicorp/aws absent)"
fi
