#!/usr/bin/env bash
# The first request of a fresh JVM, with Lift's priming at init (LIFT_PRIME_AT_INIT=true) and
# without, side by side (issue #4).
#
#   bash samples/hello-api/bench/priming.sh [RUNS] [EVENT.json ...]
#
# RUNS (default 15) fresh JVMs per mode and event, interleaved: each round runs both modes, in
# alternating order (ABBA), so that drift in the machine's load hits both alike. One unmeasured
# round first warms the file cache. Each JVM runs dev.lift.samples.hello.bench.FirstRequest (test
# sources, not in the Lambda jar) against the shaded Lambda jar with Lambda's JVM flags: it times
# the constructor of LiftHelloApi (Lambda's init), then the first handleRequest, then a second.
# AWS_LAMBDA_INITIALIZATION_TYPE=on-demand in both modes, as on Lambda without SnapStart (where
# LIFT_PRIME_AT_INIT is meant to be used): no CRaC hooks are registered.
#
# Default events: events/get-hello-world.json (HTTP API 2.0, GET /hello/world?times=2, a JSON
# record answer) and bench/get-hello-text.json (HTTP API 2.0, GET /hello, a text answer).
#
# Build first, from the repository root: mvn -q install -DskipTests
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-15}
shift || true
EVENTS=("$@")
if [ ${#EVENTS[@]} -eq 0 ]; then
  EVENTS=(events/get-hello-world.json bench/get-hello-text.json)
fi

JAR=target/hello-api.jar
CLASSES=target/test-classes
MAIN=dev.lift.samples.hello.bench.FirstRequest
JAVA=${JAVA:-java}
FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ ! -f "$JAR" ] || [ ! -f "$CLASSES/${MAIN//.//}.class" ]; then
  echo "Missing $JAR or $CLASSES: run 'mvn -q install -DskipTests' in the repository root first." >&2
  exit 1
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# One fresh JVM; appends "init first second" in ms to $OUT/<event>.<mode>.
run() {
  local event=$1 mode=$2 line
  local -a env=(env -u LIFT_PRIME_AT_INIT AWS_LAMBDA_INITIALIZATION_TYPE=on-demand)
  if [ "$mode" = primed ]; then
    env+=(LIFT_PRIME_AT_INIT=true)
  fi
  # The sample's access-log and metrics middleware write to stdout; FirstRequest reports on stderr.
  line=$("${env[@]}" "$JAVA" "${FLAGS[@]}" -cp "$JAR:$CLASSES" "$MAIN" "$event" 2>&1 >/dev/null | grep "^bench " || true)
  case "$line" in
    *" status=2"*) ;;
    *) echo "Unexpected result for $event ($mode): $line" >&2; exit 1 ;;
  esac
  [ -n "${4:-}" ] && return 0 # warm-up round: not recorded
  echo "$line" | sed -E 's/.*init_ms=([0-9.]+) first_request_ms=([0-9.]+) second_request_ms=([0-9.]+).*/\1 \2 \3/' \
    >> "$OUT/$3.$mode"
}

median() { # column $1 of file $2
  sort -n -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { printf "%.2f\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "java: $("$JAVA" -version 2>&1 | head -1); $(nproc) CPUs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command per run: env [LIFT_PRIME_AT_INIT=true] AWS_LAMBDA_INITIALIZATION_TYPE=on-demand $JAVA ${FLAGS[*]} -cp $JAR:$CLASSES $MAIN EVENT"
echo "runs: $RUNS fresh JVMs per mode and event, interleaved"
echo

for event in "${EVENTS[@]}"; do
  name=$(basename "$event" .json)
  run "$event" unprimed "$name" warm-up
  run "$event" primed "$name" warm-up
  for ((i = 1; i <= RUNS; i++)); do
    if ((i % 2)); then
      run "$event" unprimed "$name"; run "$event" primed "$name"
    else
      run "$event" primed "$name"; run "$event" unprimed "$name"
    fi
  done
done

printf '%-20s %-9s %5s %9s %18s %19s %16s\n' event mode runs init_ms first_request_ms second_request_ms init+first_ms
for event in "${EVENTS[@]}"; do
  name=$(basename "$event" .json)
  for mode in unprimed primed; do
    file="$OUT/$name.$mode"
    awk '{ print $1 + $2 }' "$file" > "$file.total"
    printf '%-20s %-9s %5s %9s %18s %19s %16s\n' "$name" "$mode" "$(wc -l < "$file")" \
      "$(median 1 "$file")" "$(median 2 "$file")" "$(median 3 "$file")" "$(median 1 "$file.total")"
  done
  awk -v name="$name" -v u="$(median 2 "$OUT/$name.unprimed")" -v p="$(median 2 "$OUT/$name.primed")" \
    -v ut="$(median 1 "$OUT/$name.unprimed.total")" -v pt="$(median 1 "$OUT/$name.primed.total")" \
    'BEGIN { printf "%-20s first request: unprimed/primed = %.2fx; init+first: unprimed/primed = %.2fx\n", name, u / p, ut / pt }'
done
echo "(medians in milliseconds)"
