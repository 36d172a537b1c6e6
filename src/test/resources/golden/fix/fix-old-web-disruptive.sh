#!/bin/sh
# kernlint fix script, written by kernlint @VERSION@ (kernlint fix --format script)
# From the audit of snapshot src/test/resources/snapshots/fix-old-web (host web1, kernel 4.9.0-8-amd64, collected 2025-03-04T10:00:00Z)
#
# Changes:
#   NET-TW-RECYCLE: net.ipv4.tcp_tw_recycle = 0 (now 1)
#     needs reboot: no, disruption: none, reversible: yes
#   NET-SOMAXCONN-LOW: net.core.somaxconn = 4096 (now 128)
#     needs reboot: no, disruption: none, reversible: yes
#   NET-TW-REUSE-NO-TS: net.ipv4.tcp_timestamps = 1 (now 0)
#     needs reboot: no, disruption: none, reversible: yes
#   NIC-RING-BELOW-MAX: eth0 rings rx 4096 tx 4096
#     needs reboot: no, disruption: brief link reset, reversible: yes
#
# Run as root: sh ./kernlint-fix.sh. In order, it
#   1. writes NAME.rollback.sh beside itself (NAME = this script's name without .sh): it sets back
#      the values as they are now and restores the files it replaces (copies in NAME.rollback.d/);
#   2. sets the runtime values with sysctl -w and the ring sizes with ethtool -G (the link may reset);
#   3. writes /etc/sysctl.d/90-kernlint.conf (keeping an earlier one's lines for other keys) and /etc/udev/rules.d/75-kernlint-rings.rules;
#   4. reads every value back and reports what did not take.
# Keys this kernel lacks or that are read-only here (a container, a network namespace) are reported
# as not applicable and left alone.
# Environment: KERNLINT_SYSCTL_DIR (default /etc/sysctl.d), KERNLINT_UDEV_DIR (default /etc/udev/rules.d).
# Exit status: 0 every change took; 1 some did not; 2 nothing was changed (not root, tool missing).
set -u

sysctl_dir=${KERNLINT_SYSCTL_DIR:-'/etc/sysctl.d'}
dropin="$sysctl_dir/"'90-kernlint.conf'
udev_dir=${KERNLINT_UDEV_DIR:-'/etc/udev/rules.d'}
udev_rule="$udev_dir/"'75-kernlint-rings.rules'
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd) || exit 2
name=$(basename -- "$0" .sh)
rollback="$here/$name.rollback.sh"
backup="$here/$name.rollback.d"
failed=0

say() { printf 'kernlint-fix: %s\n' "$*"; }
die() { printf 'kernlint-fix: %s\n' "$*" >&2; exit 2; }

# One shell word for any text, for the rollback script: 'it'\''s'.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# net.ipv4.conf.eth0/100.rp_filter -> /proc/sys/net/ipv4/conf/eth0.100/rp_filter
proc_path() { printf '/proc/sys/%s' "$(printf '%s' "$1" | tr './' '/.')"; }

# The running value with runs of blanks folded, as kernlint compares it.
now() { sysctl -n "$1" 2>/dev/null | tr '\t' ' ' | tr -s ' '; }

# Succeeds when the key can be set here; otherwise says why not (not applicable, not a failure).
settable() {
  p=$(proc_path "$1")
  if [ ! -e "$p" ]; then say "not applicable: $1 does not exist on this kernel"; return 1; fi
  if [ ! -w "$p" ]; then say "not applicable: $1 is read-only here (a container, or a network namespace without its own copy)"; return 1; fi
  return 0
}

# Rollback lines: the value a key has now.
record_sysctl() {
  [ -w "$(proc_path "$1")" ] || return 0
  v=$(sysctl -n "$1" 2>/dev/null) || return 0
  printf 'sysctl -w %s >/dev/null || rc=1\n' "$(quote "$1=$v")"
}

# Rollback lines: put back a copy of a file this script replaces, or remove the file it creates.
record_file() {
  if [ -e "$1" ]; then
    cp -p -- "$1" "$backup/$2" || die "cannot copy $1 to $backup (nothing was changed)"
    printf 'cp -p -- %s %s || rc=1\n' "$(quote "$backup/$2")" "$(quote "$1")"
  else
    printf 'rm -f -- %s || rc=1\n' "$(quote "$1")"
  fi
}

# Keys not settable here are left out of the drop-in too (commented), so boot does not try them either.
skipped=' '

set_sysctl() {
  if ! settable "$1"; then skipped="$skipped$1 "; return 0; fi
  if sysctl -w "$1=$2" >/dev/null; then
    say "set $1 = $2"
  else
    say "FAILED: sysctl -w $1=$2"
    failed=1
  fi
}

check_sysctl() {
  settable "$1" >/dev/null || return 0
  got=$(now "$1")
  if [ "$got" = "$2" ]; then
    say "ok: $1 = $got"
  else
    say "DID NOT TAKE: $1 is '$got', wanted '$2'"
    failed=1
  fi
}

# The lines of an earlier drop-in for keys this script does not set, so a second run keeps the first one's work.
keep_old() {
  [ -f "$dropin" ] || return 0
  awk -v ours="$1" '
    /^[ \t]*([#;]|$)/ { next }
    { key = $0; sub(/=.*/, "", key); gsub(/[ \t]/, "", key); sub(/^-/, "", key)
      if (index(ours, " " key " ") == 0) print }' "$dropin"
}

write_dropin() {
  kept=$(keep_old "$1")
  if mkdir -p -- "$sysctl_dir" && {
       dropin_text | awk -v skip="$skipped" '
         !/^[ \t]*#/ && /=/ { key = $0; sub(/=.*/, "", key); gsub(/[ \t]/, "", key)
           if (index(skip, " " key " ")) { print "# not applicable where this script ran: " $0; next } }
         { print }'
       if [ -n "$kept" ]; then printf '\n%s\n%s\n' "$2" "$kept"; fi
     } > "$dropin.tmp" && chmod 644 "$dropin.tmp" && mv -f -- "$dropin.tmp" "$dropin"; then
    say "wrote $dropin"
  else
    say "FAILED to write $dropin"
    failed=1
  fi
}

# The current size of one ring (RX or TX) of an interface, empty when unknown.
ring_now() {
  ethtool -g "$1" 2>/dev/null | awk -F: -v want="$2" '
    /^Current hardware settings/ { cur = 1; next }
    cur && $1 == want { v = $2; gsub(/[ \t]/, "", v); if (v ~ /^[0-9]+$/) print v; exit }'
}

# Rollback lines: the ring sizes an interface has now (ethtool exits 80 when nothing changes).
record_ring() {
  args=''
  rx=$(ring_now "$1" RX)
  tx=$(ring_now "$1" TX)
  [ -n "$rx" ] && args="$args rx $rx"
  [ -n "$tx" ] && args="$args tx $tx"
  [ -n "$args" ] || return 0
  printf 'ethtool -G %s%s; case $? in 0|80) ;; *) rc=1 ;; esac\n' "$(quote "$1")" "$args"
}

# Sets ring sizes ('-' leaves that ring alone); many drivers reset the link while doing it.
set_ring() {
  args=''
  if [ "$2" != - ] && [ "$(ring_now "$1" RX)" != "$2" ]; then args="rx $2"; fi
  if [ "$3" != - ] && [ "$(ring_now "$1" TX)" != "$3" ]; then args="$args tx $3"; fi
  if [ -z "$args" ]; then say "$1 rings are already rx $2 tx $3"; return 0; fi
  # shellcheck disable=SC2086 # args holds separate words on purpose
  if ethtool -G "$1" $args; then
    say "set $1 rings: $args (the link may have reset)"
  else
    say "FAILED: ethtool -G $1 $args"
    failed=1
  fi
}

check_ring() {
  for pair in "RX $2" "TX $3"; do
    ring=${pair% *}
    want=${pair#* }
    [ "$want" = - ] && continue
    got=$(ring_now "$1" "$ring")
    if [ "$got" = "$want" ]; then
      say "ok: $1 $ring ring = $got"
    else
      say "DID NOT TAKE: $1 $ring ring is '$got', wanted '$want'"
      failed=1
    fi
  done
}

write_udev_rule() {
  if mkdir -p -- "$udev_dir" && udev_text > "$udev_rule.tmp" && chmod 644 "$udev_rule.tmp" \
       && mv -f -- "$udev_rule.tmp" "$udev_rule"; then
    say "wrote $udev_rule"
    udevadm control --reload >/dev/null 2>&1 || true
  else
    say "FAILED to write $udev_rule"
    failed=1
  fi
}

dropin_text() {
  cat <<'KERNLINT_DROPIN'
# 90-kernlint.conf: kernel parameters written by kernlint @VERSION@ (kernlint fix --format sysctl)
# From the audit of snapshot src/test/resources/snapshots/fix-old-web (host web1, kernel 4.9.0-8-amd64, collected 2025-03-04T10:00:00Z)
# Goes in /etc/sysctl.d/90-kernlint.conf; `sysctl --system` loads it now, boot loads it too.
# A file sorting after 90-kernlint.conf in any sysctl.d directory, or /etc/sysctl.conf, is read later and wins.

# NET-TW-RECYCLE (critical): net.ipv4.tcp_tw_recycle is 1: clients behind NAT will have connections dropped
#   current value: 1; needs reboot: no, disruption: none, reversible: yes
net.ipv4.tcp_tw_recycle = 0

# NET-SOMAXCONN-LOW (warning): net.core.somaxconn is 128, below 4096
#   current value: 128; needs reboot: no, disruption: none, reversible: yes
net.core.somaxconn = 4096

# NET-TW-REUSE-NO-TS (warning): net.ipv4.tcp_tw_reuse is 1 but net.ipv4.tcp_timestamps is 0, so TIME_WAIT ports are never reused
#   current value: 0; needs reboot: no, disruption: none, reversible: yes
net.ipv4.tcp_timestamps = 1

# Not set by this file (advice):
# - NIC-RING-BELOW-MAX: eth0 rings rx 4096 tx 4096 is not a kernel parameter: `ethtool -G eth0 rx 4096 tx 4096` sets it and a udev rule keeps it (needs reboot: no, disruption: brief link reset, reversible: yes; the script and ansible formats with --include-disruptive do both)
KERNLINT_DROPIN
}

udev_text() {
  cat <<KERNLINT_UDEV
# 75-kernlint-rings.rules: NIC ring sizes written by kernlint (NIC ring fixes), set again whenever the
# interface appears or is renamed. Delete this file to stop it; the sizes stay until the next reboot.
ACTION=="add|move", SUBSYSTEM=="net", KERNEL=="eth0", RUN+="$ethtool_bin -G eth0 rx 4096 tx 4096"
KERNLINT_UDEV
}

[ "$(id -u)" -eq 0 ] || die "run this as root (nothing was changed)"
command -v sysctl >/dev/null 2>&1 || die "sysctl not found: install procps (nothing was changed)"
ethtool_bin=$(command -v ethtool) || die "ethtool not found: install ethtool (nothing was changed)"

# 1. The rollback script, before anything changes.
mkdir -p -- "$backup" || die "cannot create $backup (nothing was changed)"
if ! {
  printf '#!/bin/sh\n# Rollback written by %s at %s: sets back what it changed.\nrc=0\n' \
    "$name.sh" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  record_sysctl net.ipv4.tcp_tw_recycle
  record_sysctl net.core.somaxconn
  record_sysctl net.ipv4.tcp_timestamps
  record_file "$dropin" '90-kernlint.conf'
  record_ring eth0
  record_file "$udev_rule" '75-kernlint-rings.rules'
  # shellcheck disable=SC2016 # $rc belongs to the rollback script
  printf 'exit "$rc"\n'
} > "$rollback.tmp" || ! chmod 700 "$rollback.tmp" || ! mv -f -- "$rollback.tmp" "$rollback"; then
  die "cannot write $rollback (nothing was changed)"
fi
say "rollback script: $rollback"

# 2. Runtime values.
# NET-TW-RECYCLE: net.ipv4.tcp_tw_recycle is 1: clients behind NAT will have connections dropped
# needs reboot: no, disruption: none, reversible: yes
set_sysctl net.ipv4.tcp_tw_recycle 0
# NET-SOMAXCONN-LOW: net.core.somaxconn is 128, below 4096
# needs reboot: no, disruption: none, reversible: yes
set_sysctl net.core.somaxconn 4096
# NET-TW-REUSE-NO-TS: net.ipv4.tcp_tw_reuse is 1 but net.ipv4.tcp_timestamps is 0, so TIME_WAIT ports are never reused
# needs reboot: no, disruption: none, reversible: yes
set_sysctl net.ipv4.tcp_timestamps 1
# NIC-RING-BELOW-MAX: eth0 rings rx 256/4096, tx 256/4096 (current/maximum)
# needs reboot: no, disruption: brief link reset, reversible: yes
set_ring eth0 4096 4096

# 3. Persist them.
write_dropin ' net.ipv4.tcp_tw_recycle net.core.somaxconn net.ipv4.tcp_timestamps ' '# Kept from the previous 90-kernlint.conf (keys this run does not set):'
write_udev_rule

# 4. Read back: what did not take?
check_sysctl net.ipv4.tcp_tw_recycle 0
check_sysctl net.core.somaxconn 4096
check_sysctl net.ipv4.tcp_timestamps 1
check_ring eth0 4096 4096

if [ "$failed" -eq 0 ]; then
  say "done: every change took (undo: sh $rollback)"
else
  say "some changes did not take, see above (undo: sh $rollback)"
fi
exit "$failed"
