
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
