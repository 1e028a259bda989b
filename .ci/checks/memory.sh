#!/usr/bin/env bash
# Linting 10,000 generated specs with -Xmx256m must succeed (exit 0 or 1, no OutOfMemoryError).
# About half a minute; the generator and the measurements are in bench/memory-check.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
FILES=10000 HEAP=256m bash bench/memory-check.sh
