#!/usr/bin/env bash
# The README's test command: builds every module and runs every test.
# The shared AWS event samples are read from ../shared/events (beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
