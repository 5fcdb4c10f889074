#!/usr/bin/env bash
# Regenerates lift-bench/RESULTS.md and its charts from real measurements, in one command:
#   bash lift-bench/run.sh                # build, every JMH benchmark with -prof gc, cold start, report
#   bash lift-bench/run.sh Routing        # only the benchmarks whose name matches (JMH regex)
# Environment: JMH_ARGS (default "-f 2 -wi 3 -i 5 -w 1s -r 1s"), COLDSTART_RUNS (default 10; 0 skips
# the cold-start harness), SKIP_BUILD=1 to reuse the jars already in lift-bench/target.
# The raw figures are kept in results/jmh.json and results/coldstart.json: a run of some benchmarks
# replaces their figures there and the report says which figures come from earlier runs.
# The full run takes about 35 minutes on 2 cores. CI runs smoke.sh instead and never judges timings.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
target="$bench/target"
jmh_args=${JMH_ARGS:-"-f 2 -wi 3 -i 5 -w 1s -r 1s"}
runs=${COLDSTART_RUNS:-10}
filter=("$@")

cd "$root"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -ntp -q install -DskipTests -pl lift-bench -am
fi

# What was measured and how busy the machine was: rows of the report's first table.
context="$target/context.txt"
# Run from a copy: a build of the project during the run rewrites target/*.jar under JMH's forks.
jars=$(mktemp -d)
trap 'rm -rf "$jars"' EXIT
cp "$target/benchmarks.jar" "$jars/" && cp -r "$target/coldstart" "$jars/"

load() { echo "load average $1 (1, 5, 15 min) | $(cut -d' ' -f1-3 /proc/loadavg)" >> "$context"; }
mkdir -p "$target"
changes=$(git status --porcelain -- . ':!lift-bench' 2>/dev/null | wc -l)
echo "Lift source | commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ $changes -gt 0 ]] && echo " with $changes uncommitted files")" > "$context"
load "before JMH"
# shellcheck disable=SC2086 # jmh_args is a list of options
java -jar "$jars/benchmarks.jar" $jmh_args -prof gc -rf json -rff "$target/jmh.json" "${filter[@]}"

load "after JMH"
rm -f "$target/coldstart.json"
if [[ "$runs" -gt 0 ]]; then
  java -cp "$jars/benchmarks.jar" dev.lift.bench.coldstart.ColdStartHarness \
    "$jars/coldstart" "$bench/src/main/resources/dev/lift/bench/get-item.json" "$runs" "$target/coldstart.json"
  load "after cold start"
fi

command="bash lift-bench/run.sh${filter:+ ${filter[*]}} (JMH: $jmh_args -prof gc; cold start: $runs runs)"
java -cp "$jars/benchmarks.jar" dev.lift.bench.report.ResultsReport \
  "$target/jmh.json" "$target/coldstart.json" "$bench/RESULTS.md" "$bench/results" "$command" "$context"
