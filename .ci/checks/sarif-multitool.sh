#!/usr/bin/env bash
# Run by .ci/run: sagelint's SARIF must pass Microsoft's SARIF Multitool with no error or warning.
exec bash "$(dirname "$0")/../sarif-check.sh"
