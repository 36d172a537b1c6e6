#!/usr/bin/env bash
# kernlint against TuneD, on the same host in the same run: RUNS (default 7) pairs, interleaved, of a cold
# `./kernlint audit` of this host and TuneD's verify code for its virtual-guest profile (bench/tuned/verify.py: no
# daemon started, nothing applied or written). Target: kernlint's median wall <= 0.8 x TuneD's, <= 70 MB peak RSS.
# Installs tuned, ethtool, dmidecode and smartmontools from Debian when missing (the tools a real server has).
# Not run by CI. Usage: bench/vs-tuned.sh [profile]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"
bench_init
runs=${RUNS:-7}
profile=${1:-virtual-guest}

missing=()
[ -d /usr/lib/python3/dist-packages/tuned ] || missing+=(tuned)
command -v ethtool >/dev/null || [ -x /usr/sbin/ethtool ] || missing+=(ethtool)
command -v dmidecode >/dev/null || [ -x /usr/sbin/dmidecode ] || missing+=(dmidecode)
command -v smartctl >/dev/null || [ -x /usr/sbin/smartctl ] || missing+=(smartmontools)
if [ ${#missing[@]} -gt 0 ]; then
  # installing tuned does not start its daemon where there is no systemd, and the verify below never needs it
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Not counted: the first run builds the jar and the class-data archive when they are missing or stale.
"$here/kernlint" --version >/dev/null
/usr/bin/python3 "$here/bench/tuned/verify.py" "$profile" >/dev/null 2>&1 || true

for _ in $(seq "$runs"); do
  measure "$work/kernlint" "$here/kernlint" audit --fail-on never
  measure "$work/tuned" /usr/bin/python3 "$here/bench/tuned/verify.py" "$profile"
done
"$here/kernlint" audit --fail-on never --format json --output "$work/report.json" >/dev/null || true
inside=$(sed -n 's/.*"duration_ms": \([0-9]*\).*/\1/p' "$work/report.json")

echo "host $(hostname), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); measured with $(measurer)"
echo "kernlint runs (wall s, KB, CPU s): $(tr '\n' ',' <"$work/kernlint" | sed 's/,$//; s/,/, /g')"
echo "tuned runs    (wall s, KB, CPU s): $(tr '\n' ',' <"$work/tuned" | sed 's/,$//; s/,/, /g')"
echo "of which collecting and judging inside kernlint's JVM: ${inside:-?} ms (target <= 60 ms)"
k=$(median "$work/kernlint" 1)
t=$(median "$work/tuned" 1)
summary "tuned verify $profile" "$work/tuned" 9999 9999 | sed 's/  (target.*//'
limit=$(awk -v t="$t" 'BEGIN { printf "%.3f", 0.8 * t }')
summary "kernlint audit" "$work/kernlint" "$limit" 70
awk -v k="$k" -v t="$t" 'BEGIN { printf "ratio kernlint/tuned wall: %.2f (target <= 0.80): %s\n", k / t, (k <= 0.8 * t) ? "PASS" : "FAIL" }'
