#!/usr/bin/env bash
# Keeps every benchmark from rotting without judging a single timing: runs each JMH benchmark for
# one very short iteration, the cold-start harness once per contender, and the report generator
# (into target/, leaving RESULTS.md alone). Fails if any benchmark, contender or the report fails.
# scripts/test.sh (the CI command) runs it right after `mvn verify`, on the jars that verify built in
# lift-bench/target: nothing is installed into the Maven repository. When the jars are missing it
# packages the module and what it needs from the reactor; its arguments then go to Maven
# (e.g. -Dmaven.repo.local=...). About 3 minutes on 2 cores.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
target="$bench/target"

if [[ ! -f "$target/benchmarks.jar" || ! -f "$target/coldstart/emulator.jar" ]]; then
  (cd "$root" && mvn -B -ntp -q package -DskipTests -pl lift-bench -am "$@")
fi

# Run from a copy: a build of the project during the run rewrites target/*.jar under JMH's forks.
jars=$(mktemp -d)
trap 'rm -rf "$jars"' EXIT
cp "$target/benchmarks.jar" "$jars/" && cp -r "$target/coldstart" "$jars/"

java -jar "$jars/benchmarks.jar" -f 1 -wi 0 -i 1 -r 100ms -foe true \
  -rf json -rff "$target/smoke-jmh.json"

# The CPU-time routing harness (routing-cpu.sh), a few operations of each contender.
for contender in lift handWritten; do
  java -cp "$jars/benchmarks.jar" dev.lift.bench.routing.RoutingCpuTime "$contender" 10 miss 1000
done

java -cp "$jars/benchmarks.jar" dev.lift.bench.coldstart.ColdStartHarness \
  "$jars/coldstart" "$bench/src/main/resources/dev/lift/bench/get-item.json" 1 "$target/smoke-coldstart.json"

java -cp "$jars/benchmarks.jar" dev.lift.bench.report.ResultsReport \
  "$target/smoke-jmh.json" "$target/smoke-coldstart.json" "$target/smoke-RESULTS.md" "$target/smoke-charts" \
  "bash lift-bench/smoke.sh"
echo "lift-bench smoke: every benchmark, contender and the report ran"
