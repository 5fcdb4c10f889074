#!/usr/bin/env bash
# Cold start of a fresh JVM answering one HTTP API (2.0) event whose handler reads and writes a JSON
# body (src/test/resources/events/post-order.json), four ways:
#   generated    the processor's entry class with generated codecs; no jackson-databind on the class path
#   databind     the same runtime and calls, the bodies through DatabindCodec (jackson-databind)
#   handwritten  a RequestStreamHandler written by hand with jackson-core only, reading just the
#                fields the receipt needs (the floor #5 compares against)
#   handwritten-records  the same by hand, but reading the whole body into the application's
#                records and writing the Receipt record, as the route does (the same work)
# Each run is a new JVM with the flags of Lambda's Java runtime; the variants take turns, so that
# drift of the machine spreads over all of them. Each variant runs in the two layouts Lambda's Java
# runtime loads a function from (it unpacks the uploaded .zip or .jar into /var/task, and its class
# path is /var/task then the jars in /var/task/lib):
#   unpacked   an uber jar, as the Maven Shade plugin builds it (and as the samples are built): every
#              class, the dependencies' too, a file under one directory
#   lib        the function's own classes unpacked, its dependencies as jars (here in Maven's local
#              repository, in the same order for every variant: for Lift, lift-annotations and
#              lift-runtime come after jackson-core and aws-lambda-java-core, Maven's order)
# Prints, per layout, the median wall time (launch to exit), the median CPU time (user + system),
# the median time from launch to answer (the moment InvokeOnce has the response, read from the
# wall clock; a cold start on Lambda ends there, its JVM living on, where this process still has to
# exit: HotSpot's exit waits in 10 ms steps for JIT compilations still in flight, so a variant
# whose run queued a compilation late, as loading more classes does, can lose 10 ms at exit that
# no Lambda would see; with -Xint the exits take as long)
# and the median and highest peak RSS (/usr/bin/time -v) of each variant; the medians of the
# per-round ratios against the hand-written handlers (a paired comparison, steadier than the ratio
# of the medians on a busy machine); and the median of the per-round differences in the time
# InvokeOnce measures inside the JVM, from creating the handler to its answer, which leaves out the
# JVM's own start and exit and so varies less from run to run.
#
# Usage (from the repository root, after mvn install -DskipTests; needs unzip and python3):
#   bash lift-json-tests/coldstart.sh [runs]      (default 15; MVN="mvn -o" to build offline;
#                                                  LAYOUTS=unpacked or LAYOUTS=lib for one layout)
# KEEP_RUNS=FILE appends the raw rows (variant, wall ms, peak RSS KiB, CPU ms, round, layout,
# handler µs, launch to answer µs) to FILE, each round named after its invocation, so that several invocations can be
# pooled: POOLED=FILE bash lift-json-tests/coldstart.sh  prints the same summary over every round
# in FILE (rows kept before the layouts were added, with five fields, are summarised apart as
# lib-old: they also carry the probe's own first string concatenation, about 10 ms each).
#
# COLDSTART_HOST=ric starts each handler the way Lambda's Java runtime does instead: a JVM running Lambda's
# runtime interface client (aws-lambda-java-runtime-interface-client, class path from ric/pom.xml),
# which loads the handler from a task root (the unpacked layout's directory; for lib, the function's
# classes with its dependencies' jars in a lib directory, which the client reads in lexical order),
# creates it and runs the event it gets from a local stand-in for Lambda's Runtime API
# (ric-host.py; the client writes its JNI library to /tmp on every start, so run one probe at a time).
# Each JVM is timed from launch to the moment its response reaches that API, and
# its peak RSS read then. The client's own start (about 90 ms here) is part of every variant's time,
# as on Lambda. KEEP_RUNS and POOLED work as above, with rows of their own (variant, launch to
# answer µs, peak RSS KiB, round, layout): keep them in a separate file.
set -euo pipefail
# Made absolute before the cd below.
KEEP_RUNS=${KEEP_RUNS:+$(realpath -m "$KEEP_RUNS")}
POOLED=${POOLED:+$(realpath -m "$POOLED")}
cd "$(dirname "$0")"
RUNS=${1:-15}

summarize() {
python3 - "$1" "$2" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
# Rows kept before the layouts were added have five fields: the lib layout, but with the probe's own
# first string concatenation (about 10 ms) in every variant's time, so they are summarised apart.
if any(len(r) == 5 and r[4] in ("unpacked", "lib") for r in rows):
    sys.exit(f"{sys.argv[1]} holds rows of COLDSTART_HOST=ric runs: summarise it with COLDSTART_HOST=ric POOLED=...")
rows = [r + ["lib-old"] if len(r) == 5 else r for r in rows]
print(f"{sys.argv[2]}, fresh JVMs with the flags of Lambda's Java runtime")
for layout in ["unpacked", "lib", "lib-old"]:
    here = [r for r in rows if r[5] == layout]
    if not here:
        continue
    print(f"\nLayout {layout}:")
    print(f"{'variant':<20} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'median CPU ms':>14} {'median RSS MiB':>15} {'max RSS MiB':>12} {'to answer ms':>13}")
    for variant in ["generated", "databind", "handwritten", "handwritten-records"]:
        ms = [int(r[1]) for r in here if r[0] == variant]
        if not ms:
            continue
        rss = [int(r[2]) / 1024 for r in here if r[0] == variant]
        cpu = [int(r[3]) for r in here if r[0] == variant]
        answer = [int(r[7]) / 1000 for r in here if r[0] == variant and len(r) > 7]
        print(f"{variant:<20} {statistics.median(ms):>10.0f} {min(ms):>8} {max(ms):>8} {statistics.median(cpu):>14.0f}"
              f" {statistics.median(rss):>15.1f} {max(rss):>12.1f}"
              + (f" {statistics.median(answer):>13.1f}" if answer else ""))
    # Paired: each round runs the variants back to back, so the ratio within a round is less
    # disturbed by the machine's drift than the ratio of the medians.
    by_round = {}
    for r in here:
        by_round.setdefault(r[4], {})[r[0]] = (int(r[1]), int(r[3]), int(r[6]) if len(r) > 6 else None,
                                               int(r[7]) if len(r) > 7 else None)
    pairs = [("generated", "handwritten"), ("databind", "handwritten"), ("handwritten-records", "handwritten"),
             ("generated", "handwritten-records")]
    for variant, base in pairs:
        # Only rounds that ran both (an interrupted run keeps the rows of its last round so far).
        both = [v for v in by_round.values() if variant in v and base in v]
        if not both:
            continue
        wall = [v[variant][0] / v[base][0] for v in both]
        cpu = [v[variant][1] / v[base][1] for v in both if v[base][1] > 0]
        inside = [(v[variant][2] - v[base][2]) / 1000 for v in both
                  if v[variant][2] is not None and v[base][2] is not None]
        line = (f"{variant} / {base}, median of the {len(wall)} rounds' ratios: wall {statistics.median(wall):.3f}x,"
                f" CPU {statistics.median(cpu):.3f}x")
        if inside:
            line += f"; handler creation to answer {statistics.median(inside):+.1f} ms ({len(inside)} rounds)"
        answer = [v[variant][3] / v[base][3] for v in both if v[variant][3] is not None and v[base][3] is not None]
        if answer:
            line += f"; launch to answer {statistics.median(answer):.3f}x ({len(answer)} rounds)"
        print(line)
PY
}

host=${COLDSTART_HOST:-java}
[[ $host == java || $host == ric ]] || { echo "COLDSTART_HOST is java (the default) or ric, not $host"; exit 2; }
if [ -n "$POOLED" ]; then
  if [ "$host" = ric ]; then
    python3 ric-host.py summary "$POOLED" "Pooled rounds of $POOLED"
  else
    summarize "$POOLED" "Pooled rounds of $POOLED"
  fi
  exit 0
fi
EVENT=src/test/resources/events/post-order.json
FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
# Set by Lambda for every init that is not a SnapStart one.
export AWS_LAMBDA_INITIALIZATION_TYPE=on-demand

# clean: the compiler plugin does not notice a changed annotation processor, and would keep stale
# generated sources.
${MVN:-mvn} -q clean test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
# The runtime's own dependencies, whatever they are, without the test tools and without the
# annotation processor and JavaPoet, which run in javac and are not deployed.
TOOLS='junit|jqwik|jmh|opentest4j|apiguardian|jopt-simple|commons-math|jakarta.validation|jackson-datatype|lift-processor|javapoet'
DATABIND='lift-json-databind|jackson-databind|jackson-annotations'
jars() { tr ':' '\n' < target/classpath.txt | grep -Ev "$TOOLS" | grep -E "$1" | grep -Ev "$2" | paste -sd: -; }
# Every variant's class path starts with what the hand-written one has, in the same order; the
# variants' own jars come after. Each class is looked for in every entry before the one holding it,
# so Lift's jars in front of jackson-core (Maven's order) would make each of jackson's ~100 classes
# miss in two more jars first, a cost of the order and not of Lift (3 to 6 ms here).
COMMON='/(jackson-core|aws-lambda-java-core)-[0-9]'
declare -A CLASSPATH=(
  [generated]="target/test-classes:$(jars "$COMMON" '^$'):$(jars '.' "$DATABIND|$COMMON")"
  [databind]="target/test-classes:$(jars "$COMMON" '^$'):$(jars '.' "$COMMON")"
  [handwritten]="target/test-classes:$(jars "$COMMON" '^$')"
  [handwritten-records]="target/test-classes:$(jars "$COMMON" '^$')"
)
VARIANTS=(generated databind handwritten handwritten-records)
read -r -a LAYOUT_LIST <<< "${LAYOUTS:-unpacked lib}"
for layout in "${LAYOUT_LIST[@]}"; do
  [[ $layout == unpacked || $layout == lib ]] || { echo "LAYOUTS holds unpacked and/or lib, not $layout"; exit 2; }
done
# The unpacked layout: each variant's class path unpacked into one directory, as Lambda unpacks an
# uber jar; where two entries hold the same file, the first on the class path wins, as it would in
# the jar (-n: unzip never overwrites).
declare -A DIRECTORY
if [[ " ${LAYOUT_LIST[*]} " == *" unpacked "* ]]; then
  for variant in "${VARIANTS[@]}"; do
    DIRECTORY[$variant]=target/coldstart-unpacked/$variant
    rm -rf "${DIRECTORY[$variant]}"
    mkdir -p "${DIRECTORY[$variant]}"
    cp -r target/test-classes/. "${DIRECTORY[$variant]}"
    IFS=: read -r -a entries <<< "${CLASSPATH[$variant]}"
    for entry in "${entries[@]:1}"; do
      unzip -nq "$entry" -d "${DIRECTORY[$variant]}"
    done
  done
fi
INVOCATION=$(date +%s)-$$

if [ "$host" = ric ]; then
  declare -A HANDLER=(
    [generated]=dev.lift.json.tests.coldstart.generated.LiftColdApi::handleRequest
    [databind]=dev.lift.json.tests.coldstart.databind.DatabindColdApi::handleRequest
    [handwritten]=dev.lift.json.tests.coldstart.handwritten.HandWrittenColdApi::handleRequest
    [handwritten-records]=dev.lift.json.tests.coldstart.handwritten.HandWrittenRecordsColdApi::handleRequest
  )
  ${MVN:-mvn} -q -f ric/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/ric-classpath.txt" >/dev/null
  COMBINATIONS=()
  for layout in "${LAYOUT_LIST[@]}"; do
    for variant in "${VARIANTS[@]}"; do
      if [ "$layout" = unpacked ]; then
        root=${DIRECTORY[$variant]}
      else
        # The function's classes, and its dependencies' jars under lib/, as Lambda unpacks a .zip.
        root=target/coldstart-lib/$variant
        rm -rf "$root"
        mkdir -p "$root/lib"
        cp -r target/test-classes/. "$root"
        IFS=: read -r -a entries <<< "${CLASSPATH[$variant]}"
        cp "${entries[@]:1}" "$root/lib"
      fi
      COMBINATIONS+=("$layout|$variant|$(realpath "$root")|${HANDLER[$variant]}")
    done
  done
  OUT=$(mktemp -d)
  trap '[ -n "${KEEP_RUNS:-}" ] && [ -f "$OUT/runs" ] && cat "$OUT/runs" >> "$KEEP_RUNS"; rm -rf "$OUT"' EXIT
  python3 ric-host.py run "$RUNS" "$OUT/runs" "$EVENT" "$(cat target/ric-classpath.txt)" "$INVOCATION" "${FLAGS[@]}" -- "${COMBINATIONS[@]}"
  python3 ric-host.py summary "$OUT/runs" "$RUNS runs each"
  exit 0
fi
OUT=$(mktemp -d)
trap '[ -n "${KEEP_RUNS:-}" ] && [ -f "$OUT/runs" ] && cat "$OUT/runs" >> "$KEEP_RUNS"; rm -rf "$OUT"' EXIT

COMBINATIONS=()
for layout in "${LAYOUT_LIST[@]}"; do
  for variant in "${VARIANTS[@]}"; do COMBINATIONS+=("$layout $variant"); done
done
for ((run = 0; run < RUNS; run++)); do
  for ((k = 0; k < ${#COMBINATIONS[@]}; k++)); do
    read -r layout variant <<< "${COMBINATIONS[$(((run + k) % ${#COMBINATIONS[@]}))]}"
    if [ "$layout" = unpacked ]; then classpath=${DIRECTORY[$variant]}; else classpath=${CLASSPATH[$variant]}; fi
    start=$(date +%s%N)
    /usr/bin/time -v -o "$OUT/time" java "${FLAGS[@]}" -cp "$classpath" \
      dev.lift.json.tests.coldstart.InvokeOnce "$variant" "$EVENT" > "$OUT/response" 2> "$OUT/stderr" \
      || { echo "$variant ($layout) failed:"; cat "$OUT/response" "$OUT/stderr"; exit 1; }
    end=$(date +%s%N)
    grep -q '"statusCode":200' "$OUT/response" || { echo "$variant ($layout) did not answer 200:"; cat "$OUT/response" "$OUT/stderr"; exit 1; }
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time")
    cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {printf "%d", sum * 1000}' "$OUT/time")
    handler=$(sed -n 's/^handler micros: //p' "$OUT/stderr")
    [ -n "$handler" ] || { echo "$variant ($layout) printed no handler time:"; cat "$OUT/stderr"; exit 1; }
    answered=$(sed -n 's/^answered epoch micros: //p' "$OUT/stderr")
    [ -n "$answered" ] || { echo "$variant ($layout) printed no answer time:"; cat "$OUT/stderr"; exit 1; }
    echo "$variant $(((end - start) / 1000000)) $rss $cpu $INVOCATION-$run $layout $handler $((answered - start / 1000))" >> "$OUT/round"
  done
  # Whole rounds only, so that an interrupted run leaves no half round to pair.
  cat "$OUT/round" >> "$OUT/runs" && rm "$OUT/round"
done

summarize "$OUT/runs" "$RUNS runs each"
