#!/usr/bin/env bash
# The GitHub Action's logic (action.yml calls it; .ci/checks/action.sh runs it outside GitHub with
# the same environment variables). Two commands:
#
#   check-java  sets the step output found=true when a Java 17+ is on PATH or in JAVA_HOME,
#               so that action.yml sets one up only when there is none.
#   lint        resolves sagelint (a release's all-in-one jar, fetched once per version with its
#               SHA-256 checked, or a build of the action's own checkout for version `source`),
#               lints INPUT_PATHS, prints INPUT_FORMAT in the log, turns every finding into an
#               annotation, writes SARIF to INPUT_SARIF_FILE, a summary to GITHUB_STEP_SUMMARY
#               and the step outputs to GITHUB_OUTPUT, and exits with sagelint's exit code.
set -euo pipefail

action_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)}"
output() { [[ -z "${GITHUB_OUTPUT:-}" ]] || printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; }

java_cmd() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    command -v java || true
  fi
}

check_java() {
  local java major
  java="$(java_cmd)"
  major=0
  if [[ -n "$java" ]]; then
    # `java -version` prints e.g. openjdk version "17.0.15" or "25" (or "1.8.0_402" for Java 8).
    major="$("$java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\)[."].*/\1/p; s/.* version "\([0-9]*\)".*/\1/p' | head -n 1)"
  fi
  if [[ "${major:-0}" -ge 17 ]]; then
    echo "sagelint: using Java $major at $java"
    output found true
  else
    echo "sagelint: no Java 17 or newer found; the action sets one up"
    output found false
  fi
}

# The version to run: the input, else the action's tag (vX.Y.Z), else a build from source.
resolve_version() {
  local v="${INPUT_VERSION:-}" ref="${SAGELINT_ACTION_REF:-${GITHUB_ACTION_REF:-}}"
  if [[ -z "$v" ]]; then
    if [[ "$ref" =~ ^v([0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?)$ ]]; then
      v="${BASH_REMATCH[1]}"
    else
      v=source
    fi
  fi
  echo "${v#v}"
}

release_url() { # VERSION
  if [[ -n "${SAGELINT_RELEASE_URL:-}" ]]; then
    echo "$SAGELINT_RELEASE_URL"
    return
  fi
  local repo="${SAGELINT_ACTION_REPOSITORY:-${GITHUB_ACTION_REPOSITORY:-}}" server="${GITHUB_SERVER_URL:-https://github.com}"
  if [[ -n "$repo" ]]; then
    echo "$server/$repo/releases/download/v$1"
  else
    echo "$(sed -n 's:^  <url>\(.*\)</url>$:\1:p' "$action_dir/pom.xml" | head -n 1)/releases/download/v$1"
  fi
}

lint() {
  local version java cache jar status tmp sarif="${INPUT_SARIF_FILE:-sagelint.sarif}"
  local format="${INPUT_FORMAT:-text}" fail_on="${INPUT_FAIL_ON:-error}"
  version="$(resolve_version)"
  java="$(java_cmd)"
  [[ -n "$java" ]] || { echo "::error title=sagelint::no Java found"; exit 2; }
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT

  local -a cmd
  if [[ "$version" == source ]]; then
    echo "sagelint: building from $action_dir (version: source)"
    # The launcher builds the CLI once (output on stderr) and runs it; later runs start it directly.
    cmd=("$action_dir/sagelint")
  else
    cache="${SAGELINT_CACHE_DIR:-${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}}/sagelint/$version}"
    jar="$("$java" "$action_dir/scripts/FetchRelease.java" "$(release_url "$version")" \
      "sagelint-$version-all.jar" "$cache")" || exit 2
    cmd=("$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar")
  fi

  local -a paths args
  read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
  [[ ${#paths[@]} -gt 0 ]] || paths=(.)
  args=(lint --format "$format" --format "github=$tmp/annotations" --format "sarif=$sarif" --fail-on "$fail_on")
  [[ -z "${INPUT_CONFIG:-}" ]] || args+=(--config "$INPUT_CONFIG")

  set +e
  "${cmd[@]}" "${args[@]}" -- "${paths[@]}"
  status=$?
  set -e
  if [[ $status -gt 1 ]]; then
    echo "::error title=sagelint::sagelint stopped with exit code $status (usage or configuration error; see above)"
    output exit-code "$status"
    exit "$status"
  fi
  # Workflow commands become annotations only when printed on stdout. With format github the
  # log already printed them.
  [[ "$format" == github ]] || cat "$tmp/annotations"

  local errors warnings notices
  errors="$(grep -c '^::error ' "$tmp/annotations" || true)"
  warnings="$(grep -c '^::warning ' "$tmp/annotations" || true)"
  notices="$(grep -c '^::notice ' "$tmp/annotations" || true)"
  output sarif-file "$sarif"
  output exit-code "$status"
  output errors "$errors"
  output warnings "$warnings"
  [[ -z "${GITHUB_STEP_SUMMARY:-}" ]] || summary "$tmp/annotations" "$errors" "$warnings" "$notices" "$status" >>"$GITHUB_STEP_SUMMARY"
  exit "$status"
}

# A Markdown summary: the counts, then up to 50 findings as a table.
summary() { # ANNOTATIONS ERRORS WARNINGS NOTICES STATUS
  local verdict="passed"
  [[ "$5" -eq 0 ]] || verdict="failed (fail-on: ${INPUT_FAIL_ON:-error})"
  echo "### sagelint: $verdict"
  echo
  echo "$2 errors, $3 warnings, $4 notices. SARIF: \`${INPUT_SARIF_FILE:-sagelint.sarif}\`."
  if [[ -s "$1" ]]; then
    echo
    echo "| | location | rule | message |"
    echo "|---|---|---|---|"
    # ::LEVEL file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::MESSAGE (first line only;
    # %0A is the escaped line break of the hint, %25 an escaped %).
    head -n 50 "$1" | sed -E \
      -e 's/^::([a-z]+) file=([^,]*),line=([0-9]+),col=([0-9]+),[^:]*title=([^:,]*)::(.*)$/\1\t\2:\3:\4\t\5\t\6/' \
      | awk -F '\t' '{ m = $4; sub(/%0A.*/, "", m); gsub(/%25/, "%", m); gsub(/\|/, "\\|", m);
                       printf "| %s | `%s` | %s | %s |\n", $1, $2, $3, m }'
    local total
    total="$(wc -l <"$1")"
    if [[ "$total" -gt 50 ]]; then
      echo
      echo "... and $((total - 50)) more in the SARIF report."
    fi
  fi
}

case "${1:-}" in
  check-java) check_java ;;
  lint) lint ;;
  *) echo "usage: action.sh check-java|lint" >&2; exit 2 ;;
esac
