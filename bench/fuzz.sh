#!/usr/bin/env bash
# Long fuzzing run: every fuzz target in turn, each in its own JVM (Jazzer fuzzes one target per JVM), for
# SECONDS each (default 60), niced. Prints per target: execs per second, total execs, crashes and the file of
# each crashing input (kept under target/fuzz/long/TARGET/; add it to the target's Inputs directory with a
# regression test once the parser is fixed). Exit 1 when any target crashed.
# Each target gets a new random seed (-Dkernlint.fuzz.seed=0); the short run in mvn verify uses a fixed one.
#   bench/fuzz.sh [SECONDS] [FILTER]      FILTER: a regex on "Class#method", e.g. 'Ethtool|tcpTable'
# Needs a test build (mvn -o test-compile); uses the offline Maven repository for the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
filter=${2:-.}
heap=${FUZZ_HEAP:-1g}           # FUZZ_HEAP=300m holds the readers to the issue's heap bound
keep_going=${FUZZ_KEEP_GOING:-5} # distinct crashes to collect per target before moving on
out=target/fuzz/long
mkdir -p "$out"

if [ ! -d target/test-classes/dev/kernlint/fuzz ]; then
  echo "fuzz: no test build; run mvn -o test-compile first" >&2
  exit 2
fi
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz/classpath.txt >/dev/null
# a copy of the build: a rebuild during a long run must not pull classes from under the fuzzing JVMs
rm -rf "$out/build"
mkdir -p "$out/build"
cp -r target/classes target/test-classes "$out/build/"
cp="$out/build/test-classes:$out/build/classes:$(cat target/fuzz/classpath.txt)"

# the targets: every @FuzzTest method of the fuzz test classes, one "Class#method" a line
targets=$(java -cp "$cp" dev.kernlint.fuzz.FuzzTargets | grep -E -- "$filter" || true)
if [ -z "$targets" ]; then
  echo "fuzz: no target matches '$filter'" >&2
  exit 2
fi

printf '%-52s %10s %12s %8s\n' target exec/s execs crashes
total_execs=0
total_crashes=0
for t in $targets; do
  work="$out/runs/${t/\#/.}"
  rm -rf "$work"
  mkdir -p "$work"
  set +e
  nice -n 10 java -Xmx"$heap" -Dkernlint.fuzz.seed=0 -Dkernlint.fuzz.keepGoing="$keep_going" -cp "$cp" dev.kernlint.fuzz.FuzzMain "$t" "$seconds" "$work" >"$work/fuzz.log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -1)
  if [ -z "$execs" ]; then
    # a crash ends libFuzzer before its final stats: take the last status line
    execs=$(grep -oE '^#[0-9]+' "$work/fuzz.log" | tail -1 | tr -d '#' || true)
    rate=$(grep -oE 'exec/s: [0-9]+' "$work/fuzz.log" | tail -1 | grep -oE '[0-9]+' || true)
  fi
  crashes=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'oom-*' -o -maxdepth 1 -name 'timeout-*' | sort)
  n=$(printf '%s' "$crashes" | grep -c . || true)
  if [ "$rc" -ne 0 ] && [ "$n" -eq 0 ]; then
    n=1
    crashes="(no input file: exit $rc, see $work/fuzz.log)"
  fi
  printf '%-52s %10s %12s %8s\n' "${t#dev.kernlint.}" "${rate:-?}" "${execs:-?}" "$n"
  if [ "$n" -gt 0 ]; then
    grep -E '^fuzz: .*(crashed|caused by)' "$work/fuzz.log" | head -3 | sed 's/^/    /' || true
    printf '%s\n' "$crashes" | sed 's/^/    input: /'
  fi
  total_execs=$((total_execs + ${execs:-0}))
  total_crashes=$((total_crashes + n))
done
echo "total: $total_execs execs, $total_crashes crashes; logs under $out/"
[ "$total_crashes" -eq 0 ]
