# Shared by the bench scripts: run a command, measure its wall time and peak RSS, summarise runs.
# Source it; not run by CI.

# Sets runs (RUNS, default 5) and work (a temporary directory removed at exit).
bench_init() {
  runs=${RUNS:-5}
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# measure OUT CMD...: appends "WALL_SECONDS PEAK_RSS_KB" of one run of CMD to file OUT. The command's own output
# is discarded and its exit status ignored (audit exits 1 when it has findings).
measure() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    local t; t=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$t" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$t" >>"$out"
    rm -f "$t"
    return
  fi
  # Without GNU time (apt-get install time): wall time from the clock, peak RSS from VmHWM, polled until exit.
  # The launcher execs java, so the pid polled is the JVM's.
  local start end pid hwm=0 k v
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    while read -r k v _; do [ "$k" = "VmHWM:" ] && hwm=$v; done <"/proc/$pid/status" 2>/dev/null || true
    sleep 0.005
  done
  wait "$pid" || true
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v m="$hwm" 'BEGIN { printf "%.2f %d\n", (e - s) / 1e9, m }' >>"$out"
}

# median FILE COLUMN: the median of one column (1 = seconds, 2 = KB) of a results file.
median() {
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# summary LABEL FILE MAX_SECONDS MAX_MB: one line with the medians and whether they meet the target.
summary() {
  local label=$1 file=$2 max_s=$3 max_mb=$4 s kb mb verdict
  s=$(median "$file" 1)
  kb=$(median "$file" 2)
  mb=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
  verdict=$(awk -v s="$s" -v m="$mb" -v ms="$max_s" -v mm="$max_mb" 'BEGIN { print (s <= ms && m <= mm) ? "PASS" : "FAIL" }')
  printf '%-28s median of %d: %5.2f s wall, %4d MB peak RSS  (target <= %s s, <= %s MB): %s\n' \
    "$label" "$(wc -l <"$file")" "$s" "$mb" "$max_s" "$max_mb" "$verdict"
}

# how this machine measures, for the record
measurer() {
  if [ -x /usr/bin/time ]; then echo "/usr/bin/time -f '%e %M'"; else echo "bash clock + VmHWM polling (no /usr/bin/time)"; fi
}
