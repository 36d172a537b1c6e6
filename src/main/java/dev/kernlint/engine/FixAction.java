package dev.kernlint.engine;

import dev.kernlint.shell.KernelNames;
import dev.kernlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One concrete change that would resolve a finding, as data (the fix generators turn it into sysctl.d lines,
 * scripts or Ansible tasks; the report shows {@link #command()}). Its values come from the audited host, so an
 * action whose values do not validate ({@link #problem()}) has no command: the report gives only the advice.
 */
public sealed interface FixAction {

    /** Null when every value has a shape kernlint puts in a command or file; otherwise why not. */
    String problem();

    /** The exact command an operator would type, built word by word; empty when {@link #problem()} is not null. */
    Optional<ShellCommand> command();

    /** The command's text, or null when there is none. */
    default String commandText() {
        return command().map(ShellCommand::text).orElse(null);
    }

    /** Set a kernel parameter at run time and persist it. */
    record SetSysctl(String key, String value) implements FixAction {
        @Override
        public String problem() {
            String k = KernelNames.keyProblem(key);
            return k != null ? k : KernelNames.valueProblem(key, value);
        }

        @Override
        public Optional<ShellCommand> command() {
            return problem() != null ? Optional.empty() : Optional.of(ShellCommand.of("sysctl", "-w", key + "=" + value));
        }
    }

    /** Remove a persisted key the kernel no longer has (tcp_tw_recycle on 4.12+). */
    record RemoveSysctl(String key) implements FixAction {
        @Override
        public String problem() {
            return KernelNames.keyProblem(key);
        }

        /** A valid key holds only letters, digits, '_', '-', '/' and '.': only the dots mean something in a regex. */
        @Override
        public Optional<ShellCommand> command() {
            return problem() != null ? Optional.empty() : Optional.of(ShellCommand.of("grep", "-rn",
                    "^[[:space:]]*" + key.replace(".", "\\."), "/etc/sysctl.conf", "/etc/sysctl.d/")
                    .comment("then delete those lines"));
        }
    }

    /** Grow NIC rings to the hardware maximum; many drivers reset the link while doing it. */
    record SetRing(String iface, Long rx, Long tx) implements FixAction {
        @Override
        public String problem() {
            String i = KernelNames.ifaceProblem(iface);
            if (i != null) {
                return i;
            }
            if (rx == null && tx == null) {
                return "no ring size to set";
            }
            if (badSize(rx) || badSize(tx)) {
                return "ring size out of range (rx " + rx + ", tx " + tx + ")";
            }
            return null;
        }

        @Override
        public Optional<ShellCommand> command() {
            if (problem() != null) {
                return Optional.empty();
            }
            List<Object> argv = new ArrayList<>(List.of("ethtool", "-G", iface));
            if (rx != null) {
                argv.addAll(List.of("rx", rx));
            }
            if (tx != null) {
                argv.addAll(List.of("tx", tx));
            }
            return Optional.of(ShellCommand.of(argv.toArray()));
        }

        /** The command for a message, or its pattern with placeholders when a value does not validate. */
        public String shown() {
            return command().map(ShellCommand::text)
                    .orElse("ethtool -G IF" + (rx == null ? "" : " rx N") + (tx == null ? "" : " tx N"));
        }

        private static boolean badSize(Long n) {
            return n != null && (n < 1 || n > Integer.MAX_VALUE);
        }
    }
}
