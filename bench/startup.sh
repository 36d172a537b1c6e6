#!/usr/bin/env bash
# Start-up benchmark: median wall time and peak RSS of RUNS (default 5) cold `./kernlint audit` runs of this host,
# each a new JVM through the launcher, as a person or a cron job runs it. Target: <= 1.0 s and <= 150 MB.
# Not run by CI (the numbers belong to this machine and its load). Usage: bench/startup.sh [extra audit args]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"
bench_init

# Not counted: the first run builds the jar and the class-data archive when they are missing or stale.
"$here/kernlint" audit --fail-on never --format json --output "$work/report.json" "$@" >/dev/null

for _ in $(seq "$runs"); do
  measure "$work/audit" "$here/kernlint" audit --fail-on never "$@"
done
"$here/kernlint" audit --fail-on never --format json --output "$work/report.json" "$@" >/dev/null || true
inside=$(sed -n 's/.*"duration_ms": \([0-9]*\).*/\1/p' "$work/report.json")

echo "host $(hostname), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); measured with $(measurer)"
echo "runs (wall s, KB, CPU s): $(tr '\n' ',' <"$work/audit" | sed 's/,$//; s/,/, /g')"
echo "of which collecting and judging inside the JVM: ${inside:-?} ms"
summary "startup: kernlint audit" "$work/audit" 1.0 150
