#!/usr/bin/env bash
# The README's test command: builds every module and runs every test, then runs every benchmark
# of lift-bench for one very short iteration (lift-bench/smoke.sh, about 3 minutes) so that none
# of them rots; timings are never judged. The smoke run uses the jars this verify just built.
# Arguments go to Maven (e.g. -Dmaven.repo.local=...). LIFT_SKIP_BENCH_SMOKE=1 skips the smoke run.
# The shared AWS event samples are read from ../shared/events (beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
if [[ "${LIFT_SKIP_BENCH_SMOKE:-}" != 1 ]]; then
  bash lift-bench/smoke.sh "$@"
fi
