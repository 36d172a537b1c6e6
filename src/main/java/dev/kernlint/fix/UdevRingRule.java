package dev.kernlint.fix;

import dev.kernlint.engine.FixAction;
import dev.kernlint.shell.KernelNames;
import dev.kernlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * How ring sizes survive a reboot: a udev rule that runs `ethtool -G` whenever the interface appears ("add") or
 * gets its final name ("move", after predictable renaming). Not a systemd .link file: only the first matching
 * .link file applies to an interface, so a new one would take it away from 99-default.link and its naming policy,
 * and ring settings in .link files need systemd 244 or later. A udev rule adds to what the host does instead.
 */
final class UdevRingRule {
    static final String FILE = "75-kernlint-rings.rules";
    static final String DIR = "/etc/udev/rules.d";

    private UdevRingRule() {}

    /** The rule file's lines; {@code ethtool} is the absolute path udev needs (RUN does not search PATH). */
    static List<String> lines(List<FixPlan.Change> rings, String ethtool) {
        List<String> out = new ArrayList<>();
        out.add("# " + FILE + ": NIC ring sizes written by kernlint (NIC ring fixes), set again whenever the");
        out.add("# interface appears or is renamed. Delete this file to stop it; the sizes stay until the next reboot.");
        for (FixPlan.Change c : rings) {
            FixAction.SetRing g = (FixAction.SetRing) c.action();
            ShellCommand cmd = g.command().orElseThrow();
            // udev splits RUN at spaces and has its own quoting: only words that need no quoting may go in
            if (!cmd.bare() || !KernelNames.isIface(g.iface())) {
                throw new IllegalStateException("ring command needs quoting, not written to a udev rule");
            }
            List<String> args = cmd.argv().subList(1, cmd.argv().size());
            out.add("ACTION==\"add|move\", SUBSYSTEM==\"net\", KERNEL==\"" + g.iface() + "\", RUN+=\"" + ethtool
                    + " " + String.join(" ", args) + "\"");
        }
        return out;
    }

}
