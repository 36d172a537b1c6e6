package dev.kernlint.fix;

import static dev.kernlint.shell.ShellWord.singleQuoted;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.FixAction;
import dev.kernlint.shell.ShellCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A POSIX sh script that (1) writes a rollback script beside itself with the values and files it is about to
 * change, (2) sets the runtime values with sysctl -w, (3) writes the drop-in (and, with --include-disruptive, resizes
 * rings and writes their udev rule), (4) reads everything back and says what did not take. Its shell functions
 * live in script-functions.sh and script-rings.sh next to this class, so they can be read and checked as shell.
 */
public final class ShellScript implements FixRenderer {
    private static final String DROPIN_END = "KERNLINT_DROPIN";
    private static final String UDEV_END = "KERNLINT_UDEV";
    private static final String DEFAULT_NAME = "kernlint-fix.sh";

    private final String fileName;
    private final List<FixPlan.Change> held;

    public ShellScript() {
        this(null, List.of());
    }

    /**
     * @param fileName the file the script is written to, named in its header (null: standard output)
     * @param held     review changes left out of the plan: listed commented out, never run
     */
    public ShellScript(String fileName, List<FixPlan.Change> held) {
        this.fileName = fileName == null || !fileName.matches("[A-Za-z0-9_.+,@%=-]{1,200}") ? DEFAULT_NAME : fileName;
        this.held = held;
    }

    @Override
    public String render(FixPlan plan) {
        FixPlan.Options o = plan.options();
        List<FixPlan.Change> sysctl = plan.sysctlChanges();
        List<FixPlan.Change> rings = plan.ringChanges();
        StringBuilder sb = new StringBuilder();
        sb.append("#!/bin/sh\n");
        sb.append("# kernlint fix script, written by kernlint ").append(Version.VERSION).append(" (kernlint fix --format script)\n");
        sb.append("# From the audit of ").append(plan.describeOrigin()).append('\n');
        sb.append("#\n");
        if (plan.changes().isEmpty()) {
            sb.append("# Nothing to change: no finding with a generated fix.\n");
        } else {
            sb.append("# Changes:\n");
            for (FixPlan.Change c : plan.changes()) {
                sb.append("#   ").append(c.review() ? "REVIEW " : "").append(c.rules()).append(": ").append(c.what())
                        .append(c.current() == null ? "" : " (now " + SafeValues.oneLine(c.current()) + ")").append('\n');
                sb.append("#     ").append(c.risk().describe()).append('\n');
            }
        }
        if (!held.isEmpty()) {
            sb.append("# REVIEW changes, commented out (a person checks them first; --include-review or --rule RULE\n");
            sb.append("# includes them):\n");
            for (FixPlan.Change c : held) {
                sb.append("#   ").append(c.action().commandText()).append("   # ").append(c.rules()).append(": ").append(c.what())
                        .append('\n');
            }
        }
        if (!plan.advice().isEmpty()) {
            sb.append("# Advice only (this script does not do these):\n");
            plan.advice().forEach(a -> sb.append("#   ").append(a.text()).append('\n'));
        }
        if (plan.changes().isEmpty()) {
            sb.append("\nprintf 'kernlint-fix: %s\\n' 'nothing to change'\n");
            return sb.toString();
        }
        sb.append("#\n");
        sb.append("# Run as root: sh ./").append(fileName).append(". In order, it\n");
        sb.append("#   1. writes NAME.rollback.sh beside itself (NAME = this script's name without .sh): it sets back\n");
        sb.append("#      the values as they are now and restores the files it replaces (copies in NAME.rollback.d/);\n");
        sb.append("#   2. sets the runtime values with sysctl -w");
        sb.append(rings.isEmpty() ? ";\n" : " and the ring sizes with ethtool -G (the link may reset);\n");
        sb.append("#   3. writes ").append(o.sysctlDir()).append('/').append(o.dropInName())
                .append(" (keeping an earlier one's lines for other keys)");
        sb.append(rings.isEmpty() ? ";\n" : " and " + UdevRingRule.DIR + "/" + UdevRingRule.FILE + ";\n");
        sb.append("#   4. reads every value back and reports what did not take.\n");
        sb.append("# Keys this kernel lacks or that are read-only here (a container, a network namespace) are reported\n");
        sb.append("# as not applicable and left alone.\n");
        sb.append("# Environment: KERNLINT_SYSCTL_DIR (default ").append(o.sysctlDir()).append(")")
                .append(rings.isEmpty() ? "" : ", KERNLINT_UDEV_DIR (default " + UdevRingRule.DIR + ")").append(".\n");
        sb.append("# Exit status: 0 every change took; 1 some did not; 2 nothing was changed (not root, tool missing).\n");
        sb.append("set -u\n\n");
        sb.append("sysctl_dir=${KERNLINT_SYSCTL_DIR:-").append(singleQuoted(o.sysctlDir())).append("}\n");
        sb.append("dropin=\"$sysctl_dir/\"").append(singleQuoted(o.dropInName())).append('\n');
        if (!rings.isEmpty()) {
            sb.append("udev_dir=${KERNLINT_UDEV_DIR:-").append(singleQuoted(UdevRingRule.DIR)).append("}\n");
            sb.append("udev_rule=\"$udev_dir/\"").append(singleQuoted(UdevRingRule.FILE)).append('\n');
        }
        sb.append("here=$(CDPATH='' cd -- \"$(dirname -- \"$0\")\" && pwd) || exit 2\n");
        sb.append("name=$(basename -- \"$0\" .sh)\n");
        sb.append("rollback=\"$here/$name.rollback.sh\"\n");
        sb.append("backup=\"$here/$name.rollback.d\"\n");
        sb.append("failed=0\n\n");
        sb.append(resource("script-functions.sh"));
        if (!rings.isEmpty()) {
            sb.append(resource("script-rings.sh"));
        }
        sb.append('\n');
        String dropIn = new SysctlDropIn().render(plan);
        sb.append("dropin_text() {\n  cat <<'").append(DROPIN_END).append("'\n").append(heredoc(dropIn, DROPIN_END))
                .append(DROPIN_END).append("\n}\n");
        if (!rings.isEmpty()) {
            // unquoted delimiter: $ethtool_bin is filled in when the script runs; the rest is validated text
            sb.append("\nudev_text() {\n  cat <<").append(UDEV_END).append('\n');
            UdevRingRule.lines(rings, "$ethtool_bin").forEach(l -> sb.append(l).append('\n'));
            sb.append(UDEV_END).append("\n}\n");
        }
        sb.append("\n[ \"$(id -u)\" -eq 0 ] || die \"run this as root (nothing was changed)\"\n");
        sb.append("command -v sysctl >/dev/null 2>&1 || die \"sysctl not found: install procps (nothing was changed)\"\n");
        if (!rings.isEmpty()) {
            sb.append("ethtool_bin=$(command -v ethtool) || die \"ethtool not found: install ethtool (nothing was changed)\"\n");
        }
        sb.append("\n# 1. The rollback script, before anything changes.\n");
        sb.append("mkdir -p -- \"$backup\" || die \"cannot create $backup (nothing was changed)\"\n");
        sb.append("if ! {\n");
        sb.append("  printf '#!/bin/sh\\n# Rollback written by %s at %s: sets back what it changed.\\nrc=0\\n' \\\n");
        sb.append("    \"$name.sh\" \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"\n");
        for (FixPlan.Change c : sysctl) {
            sb.append("  ").append(ShellCommand.of("record_sysctl", key(c))).append('\n');
        }
        sb.append("  record_file \"$dropin\" ").append(singleQuoted(o.dropInName())).append('\n');
        for (FixPlan.Change c : rings) {
            sb.append("  ").append(ShellCommand.of("record_ring", ring(c).iface())).append('\n');
        }
        if (!rings.isEmpty()) {
            sb.append("  record_file \"$udev_rule\" ").append(singleQuoted(UdevRingRule.FILE)).append('\n');
        }
        sb.append("  # shellcheck disable=SC2016 # $rc belongs to the rollback script\n");
        sb.append("  printf 'exit \"$rc\"\\n'\n");
        sb.append("} > \"$rollback.tmp\" || ! chmod 700 \"$rollback.tmp\" || ! mv -f -- \"$rollback.tmp\" \"$rollback\"; then\n");
        sb.append("  die \"cannot write $rollback (nothing was changed)\"\n");
        sb.append("fi\n");
        sb.append("say \"rollback script: $rollback\"\n");
        sb.append("\n# 2. Runtime values.\n");
        for (FixPlan.Change c : sysctl) {
            sb.append("# ").append(c.review() ? "REVIEW " : "").append(c.rules()).append(": ").append(c.why()).append('\n');
            sb.append("# ").append(c.risk().describe()).append('\n');
            sb.append(ShellCommand.of("set_sysctl", key(c), value(c))).append('\n');
        }
        for (FixPlan.Change c : rings) {
            FixAction.SetRing g = ring(c);
            sb.append("# ").append(c.rules()).append(": ").append(c.why()).append('\n');
            sb.append("# ").append(c.risk().describe()).append('\n');
            sb.append(ShellCommand.of("set_ring", g.iface(), size(g.rx()), size(g.tx()))).append('\n');
        }
        sb.append("\n# 3. Persist them.\n");
        sb.append(ShellCommand.of("write_dropin", " " + String.join(" ", sysctl.stream().map(ShellScript::key).toList()) + " ",
                SysctlDropIn.keptHeading(o.dropInName()))).append('\n');
        if (!rings.isEmpty()) {
            sb.append("write_udev_rule\n");
        }
        sb.append("\n# 4. Read back: what did not take?\n");
        for (FixPlan.Change c : sysctl) {
            sb.append(ShellCommand.of("check_sysctl", key(c), value(c))).append('\n');
        }
        for (FixPlan.Change c : rings) {
            FixAction.SetRing g = ring(c);
            sb.append(ShellCommand.of("check_ring", g.iface(), size(g.rx()), size(g.tx()))).append('\n');
        }
        for (FixPlan.Change c : sysctl) {
            String over = SysctlDropIn.overrideNote(c.override(), value(c), o.dropInName());
            if (over != null) {
                sb.append(ShellCommand.of("say", "note: " + key(c) + ": " + over)).append('\n');
            }
        }
        sb.append("\nif [ \"$failed\" -eq 0 ]; then\n");
        sb.append("  say \"done: every change took (undo: sh $rollback)\"\n");
        sb.append("else\n");
        sb.append("  say \"some changes did not take, see above (undo: sh $rollback)\"\n");
        sb.append("fi\n");
        sb.append("exit \"$failed\"\n");
        return sb.toString();
    }

    private static String key(FixPlan.Change c) {
        return ((FixAction.SetSysctl) c.action()).key();
    }

    private static String value(FixPlan.Change c) {
        return ((FixAction.SetSysctl) c.action()).value();
    }

    private static FixAction.SetRing ring(FixPlan.Change c) {
        return (FixAction.SetRing) c.action();
    }

    private static String size(Long n) {
        return n == null ? "-" : n.toString();
    }

    /** A quoted here-document ends at the first line equal to its delimiter: make sure no line is. */
    private static String heredoc(String text, String end) {
        for (String line : text.split("\n", -1)) {
            if (line.equals(end)) {
                throw new IllegalStateException("generated text contains the here-document delimiter " + end);
            }
        }
        return text;
    }

    private static String resource(String name) {
        try (InputStream in = ShellScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + ShellScript.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
