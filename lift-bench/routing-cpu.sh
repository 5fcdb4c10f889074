#!/usr/bin/env bash
# Lift's routing against the hand-written switch, timed by thread CPU time (RoutingCpuTime), for a
# shared machine where JMH's wall-clock figures are mostly the neighbours' load. Fresh JVM per
# contender, table size and request; rounds interleaved; prints every run, then medians and ratios.
#   bash lift-bench/routing-cpu.sh [rounds (default 5)] [jar (default lift-bench/target/benchmarks.jar)]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
rounds=${1:-5}
jar=${2:-$bench/target/benchmarks.jar}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((round = 1; round <= rounds; round++)); do
  for request in static param miss; do
    for size in 10 100 1000; do
      for contender in lift handWritten; do
        java -cp "$jar" dev.lift.bench.routing.RoutingCpuTime "$contender" "$size" "$request" | tee -a "$out"
      done
    done
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "median of $rounds rounds, CPU ns/op:"
for request in static param miss; do
  for size in 10 100 1000; do
    lift=$(awk -v r="$request" -v s="$size" '$1 == "lift" && $2 == s && $3 == r { print $4 }' "$out" | median)
    hand=$(awk -v r="$request" -v s="$size" '$1 == "handWritten" && $2 == s && $3 == r { print $4 }' "$out" | median)
    awk -v r="$request" -v s="$size" -v l="$lift" -v h="$hand" \
      'BEGIN { printf "%-6s %4s routes: lift %7.1f  hand-written %7.1f  ratio %.2fx\n", r, s, l, h, l / h }'
  done
done
