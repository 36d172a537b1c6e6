#!/bin/sh
# kernlint-collect.sh OUT.tar.gz: a kernlint snapshot of this host without Java, in the layout `kernlint collect`
# writes (README "Snapshot format"), for the inputs listed below; `kernlint audit --snapshot OUT.tar.gz` reads it.
# Covered: the whole /proc/sys tree (recorded as captured whole), /proc/meminfo, /proc/loadavg, /proc/vmstat,
# /proc/cpuinfo, /proc/stat, /proc/net/{sockstat,netstat,snmp,softnet_stat}, /proc/pressure/*, /etc/sysctl.conf and
# /etc/sysctl.d/*.conf, and `ethtool -g IF` for every interface in /sys/class/net (when ethtool is installed).
# Not covered (gaps in the audit): process and socket tables, cgroups, NUMA, disks, DMI, samples.
set -eu
out=${1:?usage: kernlint-collect.sh OUT.tar.gz}
umask 077
work=$(mktemp -d "${TMPDIR:-/tmp}/kernlint-collect.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
snap="$work/snapshot"
mkdir -p "$snap/commands"
items="$work/items"
: > "$items"

# JSON string body: backslash and quote escaped, control characters dropped (paths and host names are the kernel's)
json() {
  printf '%s' "$1" | tr -d '\000-\037' | sed 's/\\/\\\\/g; s/"/\\"/g'
}

item() { # path status detail
  printf '{"path": "%s", "status": "%s", "detail": "%s"},\n' "$(json "$1")" "$2" "$(json "$3")" >> "$items"
}

# copy FILE...: into the tree at the same path; a file that cannot be read becomes a "denied" item (an ok file
# needs no item: what is in the tree was read)
copy() {
  for f in "$@"; do
    rel=${f#/}
    mkdir -p "$snap/${rel%/*}"
    cat -- "$f" > "$snap/$rel" 2>/dev/null || { rm -f -- "$snap/$rel"; item "$rel" denied "cannot read"; }
  done
}

# write-only files (net.ipv4.route.flush, vm.compact_memory) have no read bit: they are not values. The directory
# tree is made once, so each file costs one cat.
(cd /proc/sys && find . -type d) | (cd "$snap" && mkdir -p proc/sys && cd proc/sys && xargs mkdir -p)
find /proc/sys -type f -perm -u=r > "$work/files" 2>/dev/null || true
while IFS= read -r f; do
  cat -- "$f" > "$snap${f}" 2>/dev/null || { rm -f -- "$snap${f}"; item "${f#/}" denied "cannot read"; }
done < "$work/files"
for f in /proc/meminfo /proc/loadavg /proc/vmstat /proc/cpuinfo /proc/stat /proc/net/sockstat /proc/net/netstat \
         /proc/net/snmp /proc/net/softnet_stat /proc/pressure/cpu /proc/pressure/io /proc/pressure/memory \
         /etc/sysctl.conf; do
  [ -e "$f" ] && copy "$f"
done
for f in /etc/sysctl.d/*.conf; do
  [ -f "$f" ] && copy "$f"
done
if command -v ethtool >/dev/null 2>&1; then
  for d in /sys/class/net/*; do
    i=${d##*/}
    case $i in lo|*[!A-Za-z0-9_.:@-]*) continue ;; esac
    if ethtool -g "$i" > "$snap/commands/ethtool_-g_$i" 2>"$work/err"; then
      item "commands/ethtool_-g_$i" ok ""
    else
      rm -f -- "$snap/commands/ethtool_-g_$i"
      item "commands/ethtool_-g_$i" error "ethtool exited: $(head -c 200 "$work/err")"
    fi
  done
fi

host=$(cat /proc/sys/kernel/hostname)
kernel=$(cat /proc/sys/kernel/osrelease)
{
  printf '{"format": "kernlint-snapshot/1", "hostname": "%s", "collected_at": "%s", "kernel": "%s",\n' \
    "$(json "$host")" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(json "$kernel")"
  printf ' "kernlint_version": "kernlint-collect.sh", "complete": ["/proc/sys"], "samples": [], "items": [\n'
  sed '$ s/,$//' "$items"
  printf ']}\n'
} > "$snap/manifest.json"
tar -czf "$out.tmp" -C "$snap" . && mv -f -- "$out.tmp" "$out"
echo "kernlint-collect.sh: wrote $out" >&2
