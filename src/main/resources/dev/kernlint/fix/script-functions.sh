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
