#!/usr/bin/env bash
# Times a full audit of a synthetic root holding N processes (default 5000), to see the process collector at scale:
#   bench/process-scale.sh [N]
# The tree has /proc/PID/stat and status files shaped like the kernel's, and a meminfo with swap in use (so status
# files are read too, the slow case). Uses target/kernlint.jar (mvn -q -DskipTests package first).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-5000}"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/proc"
printf 'MemTotal:       16384000 kB\nMemFree:         8000000 kB\nMemAvailable:   12000000 kB\nBuffers:          200000 kB\nCached:          4000000 kB\nAnonPages:       3000000 kB\nSwapTotal:       4194300 kB\nSwapFree:        3145000 kB\n' > "$root/proc/meminfo"
for ((pid = 1; pid <= n; pid++)); do
  mkdir "$root/proc/$pid"
  printf '%d (svc (%d) x) S 1 1 1 0 -1 4194560 2301 0 12 0 120 45 0 0 20 0 %d 0 %d 912384000 12034 18446744073709551615 1 1 0 0 0 0 0 4096 17 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n' \
    "$pid" "$pid" $((1 + pid % 7)) $((1000 + pid)) > "$root/proc/$pid/stat"
  printf 'Name:\tsvc\nState:\tS (sleeping)\nPid:\t%d\nPPid:\t1\nVmRSS:\t   48136 kB\nRssAnon:\t   30000 kB\nVmSwap:\t%8d kB\nThreads:\t%d\n' \
    "$pid" $(((pid % 5) * 1024)) $((1 + pid % 7)) > "$root/proc/$pid/status"
done
echo "synthetic root with $n processes: $root" >&2
for run in 1 2 3; do
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$here/target/kernlint.jar" audit --root "$root" --fail-on never 2>/dev/null | tail -1
done
