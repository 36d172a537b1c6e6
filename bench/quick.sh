#!/usr/bin/env bash
# Quick-answer benchmark: median wall time of RUNS (default 11) interleaved runs of `kernlint --version`, `--help`,
# `rules` and `explain NET-TW-RECYCLE`, each a new JVM through the launcher, and of `java -version` in the same
# rounds as the baseline. Target: each command <= 0.08 s. Times from the clock in milliseconds (/usr/bin/time
# rounds to 10 ms). FULL=1 also times each command on the full path in the same rounds, for comparison: the same
# launcher with JDK_JAVA_OPTIONS set, which makes it skip the quick jar (those heavy runs slow the others down on
# a busy machine, so they are not in the default rounds). Not run by CI. Usage: bench/quick.sh;
# KERNLINT=/usr/bin/kernlint bench/quick.sh measures the packaged launcher.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"
bench_init
runs=${RUNS:-11}
kernlint=${KERNLINT:-$here/kernlint}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
target=0.08

# Not counted: the first call builds the jar (and the class-data archive) when they are missing or stale.
"$kernlint" --version >/dev/null

labels=("java -version" "kernlint --version" "kernlint --help" "kernlint rules" "kernlint explain NET-TW-RECYCLE")
commands=("$java -version" "$kernlint --version" "$kernlint --help" "$kernlint rules" "$kernlint explain NET-TW-RECYCLE")

# wall_ms OUT CMD...: appends the wall time of one run of CMD, in seconds with millisecond precision, to OUT
wall_ms() {
  local out=$1 start end; shift
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }' >>"$out"
}

for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086 # each command is a list of words without globs
    wall_ms "$work/$i" ${commands[$i]}
    if [ "$i" -gt 0 ] && [ "${FULL:-0}" = 1 ]; then
      # shellcheck disable=SC2086
      JDK_JAVA_OPTIONS=-Dkernlint.bench=full wall_ms "$work/full$i" ${commands[$i]}
    fi
  done
done

echo "host $(hostname), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1); launcher $kernlint"
base=$(median "$work/0" 1)
fails=0
for i in "${!commands[@]}"; do
  m=$(median "$work/$i" 1)
  if [ "$i" -eq 0 ]; then
    printf '%-34s median of %d: %.3f s wall (baseline)\n' "${labels[$i]}" "$runs" "$m"
    continue
  fi
  verdict=$(awk -v m="$m" -v t="$target" 'BEGIN { print (m <= t) ? "PASS" : "FAIL" }')
  [ "$verdict" = PASS ] || fails=$((fails + 1))
  full=""
  if [ -s "$work/full$i" ]; then full="; full path $(median "$work/full$i" 1) s"; fi
  printf '%-34s median of %d: %.3f s wall, %.1f x java -version (target <= %s s): %s%s\n' \
    "${labels[$i]}" "$runs" "$m" "$(awk -v m="$m" -v b="$base" 'BEGIN { print (b > 0) ? m / b : 0 }')" "$target" "$verdict" "$full"
done
exit $((fails > 0))
