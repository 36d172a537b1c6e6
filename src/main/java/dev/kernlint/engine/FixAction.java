package dev.kernlint.engine;

/**
 * One concrete change that would resolve a finding, as data (the fix generators turn it into sysctl.d lines,
 * scripts or Ansible tasks; the report shows {@link #command()}).
 */
public sealed interface FixAction {

    /** The exact command an operator would type. */
    String command();

    /** Set a kernel parameter at run time and persist it. */
    record SetSysctl(String key, String value) implements FixAction {
        @Override
        public String command() {
            return "sysctl -w " + key + "=" + (value.contains(" ") ? "'" + value + "'" : value);
        }
    }

    /** Remove a persisted key the kernel no longer has (tcp_tw_recycle on 4.12+). */
    record RemoveSysctl(String key) implements FixAction {
        @Override
        public String command() {
            return "grep -rn '^[[:space:]]*" + key.replace(".", "\\.") + "' /etc/sysctl.conf /etc/sysctl.d/  # then delete those lines";
        }
    }

    /** Grow NIC rings to the hardware maximum; many drivers reset the link while doing it. */
    record SetRing(String iface, Long rx, Long tx) implements FixAction {
        @Override
        public String command() {
            return "ethtool -G " + iface + (rx == null ? "" : " rx " + rx) + (tx == null ? "" : " tx " + tx);
        }
    }
}
