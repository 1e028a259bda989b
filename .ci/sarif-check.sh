#!/usr/bin/env bash
# Checks that sagelint's SARIF passes Microsoft's SARIF Multitool validation with no error and no
# warning (notes, e.g. "URIs should be reachable", are informational and allowed). Lints
# examples/, which has findings of several rules in both formats.
#
# Needs: Java 17, npm (the npm registry), network only for the npm install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
multitool_version="5.7.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "sarif-check: installing @microsoft/sarif-multitool@$multitool_version"
(cd "$work" && npm install --silent --no-audit --no-fund --no-save \
  "@microsoft/sarif-multitool@$multitool_version" >/dev/null)
# The platform package makes its binary executable in a postinstall script, which newer npm
# versions may skip; doing it here is harmless when it already ran.
chmod u+x "$work"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true

echo "sarif-check: linting examples/ as SARIF"
set +e
(cd "$root" && ./sagelint --format sarif --output "$work/examples.sarif" examples)
code=$?
set -e
if [[ $code -ne 0 && $code -ne 1 ]]; then
  echo "sarif-check: sagelint failed with exit code $code" >&2
  exit 1
fi

echo "sarif-check: validating"
"$work/node_modules/.bin/sarif-multitool" validate "$work/examples.sarif" \
  --output "$work/validation.sarif" --log ForceOverwrite >"$work/multitool.log" 2>&1 || {
  cat "$work/multitool.log" >&2
  echo "sarif-check: the Multitool itself failed" >&2
  exit 1
}

# The Multitool reports its findings as SARIF results; a result without a level is a warning.
node - "$work/validation.sarif" <<'JS'
const fs = require('fs');
const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let bad = 0;
for (const run of log.runs || []) {
  for (const r of run.results || []) {
    const level = r.level || 'warning';
    if (level === 'error' || level === 'warning') {
      bad++;
      const args = (r.message && r.message.arguments) || [];
      console.error(`sarif-check: ${level} ${r.ruleId}: ${r.message.text || args.join(' | ')}`);
    }
  }
  for (const inv of run.invocations || []) {
    for (const n of (inv.toolExecutionNotifications || []).concat(inv.toolConfigurationNotifications || [])) {
      if ((n.level || 'warning') !== 'note') {
        bad++;
        console.error(`sarif-check: tool ${n.level || 'warning'}: ${n.message && n.message.text}`);
      }
    }
    if (inv.executionSuccessful === false) {
      bad++;
      console.error('sarif-check: the Multitool reports an unsuccessful execution');
    }
  }
}
if (bad > 0) {
  console.error(`sarif-check: ${bad} error(s)/warning(s)`);
  process.exit(1);
}
console.log('sarif-check: 0 errors, 0 warnings');
JS
