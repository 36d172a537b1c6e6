#!/bin/sh
# kernlint fix script, written by kernlint @VERSION@ (kernlint fix --format script)
# From the audit of snapshot src/test/resources/snapshots/fix-modern-db (host db3, kernel 6.1.0-21-amd64, collected 2025-06-01T08:30:00Z)
#
# Changes:
#   KERN-SYSCTL-BASELINE: net.ipv4.tcp_syncookies = 1 (now 0)
#     needs reboot: no, disruption: none, reversible: yes
#   REVIEW MEM-OVERCOMMIT-RATIO-WASTE: vm.overcommit_ratio = 85 (now 50)
#     needs reboot: no, disruption: none, reversible: yes
# Advice only (this script does not do these):
#   NIC-RING-BELOW-MAX: not generated without --include-disruptive (many drivers reset the link): ethtool -G ens3 rx 8192 tx 8192
#
# Run as root: sh ./kernlint-fix.sh. In order, it
#   1. writes NAME.rollback.sh beside itself (NAME = this script's name without .sh): it sets back
#      the values as they are now and restores the files it replaces (copies in NAME.rollback.d/);
#   2. sets the runtime values with sysctl -w;
#   3. writes /etc/sysctl.d/90-kernlint.conf (keeping an earlier one's lines for other keys);
#   4. reads every value back and reports what did not take.
# Keys this kernel lacks or that are read-only here (a container, a network namespace) are reported
# as not applicable and left alone.
# Environment: KERNLINT_SYSCTL_DIR (default /etc/sysctl.d).
# Exit status: 0 every change took; 1 some did not; 2 nothing was changed (not root, tool missing).
set -u

sysctl_dir=${KERNLINT_SYSCTL_DIR:-'/etc/sysctl.d'}
dropin="$sysctl_dir/"'90-kernlint.conf'
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

dropin_text() {
  cat <<'KERNLINT_DROPIN'
# 90-kernlint.conf: kernel parameters written by kernlint @VERSION@ (kernlint fix --format sysctl)
# From the audit of snapshot src/test/resources/snapshots/fix-modern-db (host db3, kernel 6.1.0-21-amd64, collected 2025-06-01T08:30:00Z)
# Goes in /etc/sysctl.d/90-kernlint.conf; `sysctl --system` loads it now, boot loads it too.
# A file sorting after 90-kernlint.conf in any sysctl.d directory, or /etc/sysctl.conf, is read later and wins.

# KERN-SYSCTL-BASELINE (warning): net.ipv4.tcp_syncookies is 0, the profile expects 1
#   current value: 0; needs reboot: no, disruption: none, reversible: yes
net.ipv4.tcp_syncookies = 1

# REVIEW before applying: the rule asks a person to check this change.
# MEM-OVERCOMMIT-RATIO-WASTE (warning): CommitLimit is 53% of MemTotal (35021696 of 65849100 kB): the rest of RAM cannot be committed
#   current value: 50; needs reboot: no, disruption: none, reversible: yes
vm.overcommit_ratio = 85

# Not set by this file (advice):
# - NIC-RING-BELOW-MAX: not generated without --include-disruptive (many drivers reset the link): ethtool -G ens3 rx 8192 tx 8192
KERNLINT_DROPIN
}

[ "$(id -u)" -eq 0 ] || die "run this as root (nothing was changed)"
command -v sysctl >/dev/null 2>&1 || die "sysctl not found: install procps (nothing was changed)"

# 1. The rollback script, before anything changes.
mkdir -p -- "$backup" || die "cannot create $backup (nothing was changed)"
if ! {
  printf '#!/bin/sh\n# Rollback written by %s at %s: sets back what it changed.\nrc=0\n' \
    "$name.sh" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  record_sysctl net.ipv4.tcp_syncookies
  record_sysctl vm.overcommit_ratio
  record_file "$dropin" '90-kernlint.conf'
  # shellcheck disable=SC2016 # $rc belongs to the rollback script
  printf 'exit "$rc"\n'
} > "$rollback.tmp" || ! chmod 700 "$rollback.tmp" || ! mv -f -- "$rollback.tmp" "$rollback"; then
  die "cannot write $rollback (nothing was changed)"
fi
say "rollback script: $rollback"

# 2. Runtime values.
# KERN-SYSCTL-BASELINE: net.ipv4.tcp_syncookies is 0, the profile expects 1
# needs reboot: no, disruption: none, reversible: yes
set_sysctl net.ipv4.tcp_syncookies 1
# REVIEW MEM-OVERCOMMIT-RATIO-WASTE: CommitLimit is 53% of MemTotal (35021696 of 65849100 kB): the rest of RAM cannot be committed
# needs reboot: no, disruption: none, reversible: yes
set_sysctl vm.overcommit_ratio 85

# 3. Persist them.
write_dropin ' net.ipv4.tcp_syncookies vm.overcommit_ratio ' '# Kept from the previous 90-kernlint.conf (keys this run does not set):'

# 4. Read back: what did not take?
check_sysctl net.ipv4.tcp_syncookies 1
check_sysctl vm.overcommit_ratio 85

if [ "$failed" -eq 0 ]; then
  say "done: every change took (undo: sh $rollback)"
else
  say "some changes did not take, see above (undo: sh $rollback)"
fi
exit "$failed"
