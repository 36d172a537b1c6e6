#!/usr/bin/env bash
# Sampling overhead on a busy host: 5,000 extra processes and 100,000 TCP sockets (50,000 loopback connections,
# both ends, in a network namespace this script creates and deletes). Prints the CPU time per extra sample:
#   (CPU of `audit --samples 11` - CPU of `audit --samples 1`) / 10
# Needs root (network namespace, file limits) and python3. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

procs=${PROCS:-5000}
conns=${CONNS:-50000}
ns=kl-bench-$$
pids=()

cleanup() {
  # only what this script started, by pid
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "bench/sampling.sh: needs root" >&2; exit 2; }
[ -f target/kernlint.jar ] || mvn -q -DskipTests package

echo "starting $procs sleeping processes..."
for ((i = 0; i < procs; i++)); do sleep 600 & pids+=($!); done

ip netns add "$ns"
ip netns exec "$ns" ip link set lo up
# a container may cap the hard limit (20,000 here): spread the sockets over workers that each stay below it
ulimit -n "$(ulimit -Hn)"
per_worker=$(( ($(ulimit -n) - 100) / 2 ))
[ "$per_worker" -gt 20000 ] && per_worker=20000
workers=$(( (conns + per_worker - 1) / per_worker ))
echo "opening $conns loopback connections ($((conns * 2)) sockets) in $ns, $workers workers..."
for ((w = 0; w < workers; w++)); do
  n=$(( conns - w * per_worker < per_worker ? conns - w * per_worker : per_worker ))
  # each worker: its own listening port and source address (one address has ~28k ephemeral ports)
  ip netns exec "$ns" python3 - "$n" "$((7000 + w))" "127.0.0.$((2 + w))" <<'PY' &
import socket, sys, time
n, port, src = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port)); srv.listen(65535)
keep = []
for i in range(n):
    c = socket.socket(); c.bind((src, 0)); c.connect(("127.0.0.1", port))
    s, _ = srv.accept(); keep += (c, s)
time.sleep(600)
PY
  pids+=($!)
done
for _ in $(seq 1 120); do
  n=$(ip netns exec "$ns" awk '/^TCP:/ {print $3}' /proc/net/sockstat)
  [ "$n" -ge $((conns * 2)) ] && break
  sleep 1
done
echo "sockets in use: $(ip netns exec "$ns" awk '/^TCP:/ {print $3}' /proc/net/sockstat), processes: $(ls /proc | grep -c '^[0-9]')"

cpu() { # user+sys seconds of one audit
  /usr/bin/time -f '%U %S' ip netns exec "$ns" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/kernlint.jar \
    audit --fail-on never --format json --output /dev/null "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'
}
one=$(cpu --samples 1)
eleven=$(cpu --samples 11 --interval 200ms)
awk -v a="$one" -v b="$eleven" 'BEGIN { printf "audit, 1 reading: %.2f s CPU; 11 readings: %.2f s CPU; per extra sample: %.3f s CPU\n", a, b, (b - a) / 10 }'
