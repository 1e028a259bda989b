#!/usr/bin/env bash
# Memory checks with -Xmx256m (no OutOfMemoryError, exit 0 or 1):
# - linting 10,000 generated specs (about half a minute; bench/memory-check.sh);
# - one file with 99,992 findings on one 200 KB line, every format in one run, each report
#   complete (about 15 s; bench/many-findings.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
FILES=10000 HEAP=256m bash bench/memory-check.sh
HEAP=256m bash bench/many-findings.sh
