#!/usr/bin/env bash
# Snapshot benchmark: `kernlint collect` of this host to a directory and to a .tar.gz, then `kernlint audit
# --snapshot` of each; median wall time and peak RSS of RUNS (default 5) new JVMs per case. Not run by CI.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"
bench_init

"$here/kernlint" --version >/dev/null   # builds the jar and the class-data archive if needed; not counted

for i in $(seq "$runs"); do
  measure "$work/collect-dir" "$here/kernlint" collect --output "$work/dir$i"
  measure "$work/collect-tgz" "$here/kernlint" collect --output "$work/snap$i.tar.gz"
done
# the same snapshot as tar.xz (sos 4.x's default compression), read by content like the others
tar -C "$work/dir1" -cJf "$work/snap1.tar.xz" .
for i in $(seq "$runs"); do
  measure "$work/audit-dir" "$here/kernlint" audit --fail-on never --snapshot "$work/dir1"
  measure "$work/audit-tgz" "$here/kernlint" audit --fail-on never --snapshot "$work/snap1.tar.gz"
  measure "$work/audit-txz" "$here/kernlint" audit --fail-on never --snapshot "$work/snap1.tar.xz"
done

echo "host $(hostname), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); measured with $(measurer)"
echo "snapshot: $(find "$work/dir1" -type f | wc -l) files, $(du -sk "$work/dir1" | cut -f1) KB as a directory, $(du -k "$work/snap1.tar.gz" | cut -f1) KB as .tar.gz"
summary "collect -o DIR" "$work/collect-dir" 1.0 150
summary "collect -o FILE.tar.gz" "$work/collect-tgz" 1.0 150
summary "audit --snapshot DIR" "$work/audit-dir" 1.0 150
summary "audit --snapshot FILE.tar.gz" "$work/audit-tgz" 1.0 150
summary "audit --snapshot FILE.tar.xz" "$work/audit-txz" 1.0 150
