#!/usr/bin/env bash
# Fleet benchmark: `kernlint fleet` over generated fleets of 1,000 and 10,000 snapshot archives, each varied from one
# real `kernlint collect` of this host by bench/fleet-gen.py (host names, a few sysctls, the eth0 ring, TIME_WAIT
# sockets). Targets on a 2-core machine: 1,000 in <= 3 s and 10,000 in <= 15 s wall, <= 300 MB peak RSS at either size.
# Also one cold `kernlint audit --snapshot` of the same snapshot, for the per-host cost. Not run by CI.
# Usage: bench/fleet.sh [SIZES...]   (default: 1000 10000; RUNS default 1 here, a 10,000 run is long)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"
RUNS=${RUNS:-1}
bench_init
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

"$here/kernlint" collect --output "$work/base" >/dev/null 2>&1
"$here/kernlint" audit --snapshot "$work/base" --fail-on never --format json --output /dev/null >/dev/null 2>&1 || true

echo "host $(hostname), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); measured with $(measurer)"
for _ in $(seq "$runs"); do
  measure "$work/cold" "$here/kernlint" audit --snapshot "$work/base" --fail-on never
done
summary "cold audit --snapshot" "$work/cold" 1.0 150
cold=$(median "$work/cold" 3)

for n in "${sizes[@]}"; do
  rm -rf "$work/fleet"
  python3 "$here/bench/fleet-gen.py" "$work/base" "$work/fleet" "$n"
  case $n in 1000) max_s=3 ;; 10000) max_s=15 ;; *) max_s=$((n * 15 / 10000 + 1)) ;; esac
  # The floor, in the same run: only inflating every archive (one gzip process, one core), which any reader of
  # these inputs pays before it parses a byte.
  for _ in $(seq "$runs"); do
    measure "$work/fleet-$n" "$here/kernlint" fleet "$work/fleet" --fail-on never --format json="$work/fleet-$n.json"
    measure "$work/gunzip-$n" sh -c 'cat "$1"/*.tar.gz | gzip -dc >/dev/null' sh "$work/fleet"
  done
  summary "fleet of $n snapshots" "$work/fleet-$n" "$max_s" 300
  cpu=$(median "$work/fleet-$n" 3)
  awk -v c="$cpu" -v n="$n" -v one="$cold" 'BEGIN { printf "  per host: %.1f ms CPU in the fleet run, against %.0f ms CPU for one cold audit --snapshot\n", c * 1000 / n, one * 1000 }'
  unz=$(median "$work/gunzip-$n" 3)
  awk -v c="$cpu" -v u="$unz" -v n="$n" 'BEGIN { printf "  floor: gzip -dc of the same archives %.1f ms CPU per host; kernlint %.1f x that\n", u * 1000 / n, c / u }'
  grep -o '"outliers": [0-9]*' "$work/fleet-$n.json" | head -1 | sed 's/^/  /'
done
