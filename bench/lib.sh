# Shared by the bench scripts: run a command, measure its wall time, peak RSS and CPU time, summarise runs.
# Source it; not run by CI.

# Sets runs (RUNS, default 5) and work (a temporary directory removed at exit).
bench_init() {
  runs=${RUNS:-5}
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# measure OUT CMD...: appends "WALL_SECONDS PEAK_RSS_KB CPU_SECONDS" of one run of CMD to file OUT (CPU = user + sys,
# which another job's load on the machine changes far less than the wall time). The command's own output
# is discarded and its exit status ignored (audit exits 1 when it has findings).
measure() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    local t; t=$(mktemp)
    /usr/bin/time -f '%e %M %U %S' -o "$t" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$t" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$out"
    rm -f "$t"
    return
  fi
  # Without GNU time (apt-get install time): wall time from the clock, peak RSS (VmHWM) and CPU ticks from /proc,
  # polled until the process exits. The launcher execs java, so the pid polled is the JVM's.
  local start end pid hwm=0 ticks=0 k v stat f hz
  hz=$(getconf CLK_TCK)
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    while read -r k v _; do [ "$k" = "VmHWM:" ] && hwm=$v; done <"/proc/$pid/status" 2>/dev/null || true
    if read -r stat <"/proc/$pid/stat" 2>/dev/null; then
      read -r -a f <<<"${stat##*) }"   # after the command name: f[0] is the state; utime, stime, cutime, cstime are f[11..14]
      ticks=$((f[11] + f[12] + f[13] + f[14]))
    fi
    sleep 0.005
  done
  wait "$pid" || true
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v m="$hwm" -v t="$ticks" -v hz="$hz" \
    'BEGIN { printf "%.2f %d %.2f\n", (e - s) / 1e9, m, t / hz }' >>"$out"
}

# median FILE COLUMN: the median of one column (1 = wall seconds, 2 = KB, 3 = CPU seconds) of a results file.
median() {
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# summary LABEL FILE MAX_SECONDS MAX_MB: one line with the medians and whether they meet the target.
summary() {
  local label=$1 file=$2 max_s=$3 max_mb=$4 s kb mb cpu verdict
  s=$(median "$file" 1)
  kb=$(median "$file" 2)
  cpu=$(median "$file" 3)
  mb=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
  verdict=$(awk -v s="$s" -v m="$mb" -v ms="$max_s" -v mm="$max_mb" 'BEGIN { print (s <= ms && m <= mm) ? "PASS" : "FAIL" }')
  printf '%-28s median of %d: %5.2f s wall, %4d MB peak RSS, %5.2f s CPU  (target <= %s s, <= %s MB): %s\n' \
    "$label" "$(wc -l <"$file")" "$s" "$mb" "$cpu" "$max_s" "$max_mb" "$verdict"
}

# how this machine measures, for the record
measurer() {
  if [ -x /usr/bin/time ]; then echo "/usr/bin/time"; else echo "bash clock and /proc polling (no /usr/bin/time)"; fi
}
