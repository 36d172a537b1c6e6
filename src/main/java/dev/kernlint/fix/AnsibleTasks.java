package dev.kernlint.fix;

import static dev.kernlint.fix.SafeValues.yamlQuote;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.FixAction;
import java.util.List;

/**
 * A task list for hosts managed with Ansible: ansible.posix.sysctl per kernel parameter (runtime and the drop-in
 * in one task), and with --include-disruptive a command task per ring resize plus the udev rule that persists it.
 * Include it from a play with become: true. Risk metadata is in each task's name, so it shows in the run.
 */
public final class AnsibleTasks implements FixRenderer {

    @Override
    public String render(FixPlan plan) {
        FixPlan.Options o = plan.options();
        StringBuilder sb = new StringBuilder();
        sb.append("# kernlint fix tasks, written by kernlint ").append(Version.VERSION).append(" (kernlint fix --format ansible)\n");
        sb.append("# From the audit of ").append(plan.describeOrigin()).append('\n');
        sb.append("# Needs the ansible.posix collection (ansible-galaxy collection install ansible.posix). Use it from a play\n");
        sb.append("# with become: true, e.g.  tasks: [{ansible.builtin.import_tasks: kernlint-fix.yml}]\n");
        if (!plan.advice().isEmpty()) {
            sb.append("# Advice only (no task):\n");
            plan.advice().forEach(a -> sb.append("#   ").append(a.text()).append('\n'));
        }
        if (plan.changes().isEmpty()) {
            sb.append("# Nothing to change: no finding with a generated fix.\n[]\n");
            return sb.toString();
        }
        String dropIn = o.sysctlDir() + "/" + o.dropInName();
        for (FixPlan.Change c : plan.sysctlChanges()) {
            FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
            sb.append('\n');
            sb.append("# ").append(c.why()).append('\n');
            if (c.current() != null) {
                sb.append("# current value: ").append(SafeValues.oneLine(c.current())).append('\n');
            }
            String over = SysctlDropIn.overrideNote(c.override(), s.value(), o.dropInName());
            if (over != null) {
                sb.append("# ").append(over).append('\n');
            }
            sb.append("- name: ").append(yamlQuote(name(c, c.what()))).append('\n');
            sb.append("  ansible.posix.sysctl:\n");
            sb.append("    name: ").append(yamlQuote(s.key())).append('\n');
            sb.append("    value: ").append(yamlQuote(s.value())).append('\n');
            sb.append("    sysctl_file: ").append(yamlQuote(dropIn)).append('\n');
            sb.append("    sysctl_set: true\n");
            sb.append("    state: present\n");
            sb.append("    reload: false\n");
            tags(sb, c);
        }
        List<FixPlan.Change> rings = plan.ringChanges();
        if (!rings.isEmpty()) {
            sb.append("\n# udev runs a program only by its absolute path\n");
            sb.append("- name: 'kernlint: find ethtool'\n");
            sb.append("  ansible.builtin.shell: command -v ethtool\n");
            sb.append("  register: kernlint_ethtool\n");
            sb.append("  changed_when: false\n");
        }
        for (FixPlan.Change c : rings) {
            FixAction.SetRing g = (FixAction.SetRing) c.action();
            sb.append('\n');
            sb.append("# ").append(c.why()).append('\n');
            sb.append("- name: ").append(yamlQuote(name(c, c.what()))).append('\n');
            sb.append("  ansible.builtin.command:\n");
            // the words of the one command builder, each a YAML scalar: argv runs without a shell
            sb.append("    argv: [").append(String.join(", ", g.command().orElseThrow().argv().stream()
                    .map(SafeValues::yamlQuote).toList())).append("]\n");
            String reg = "kernlint_ring_" + g.iface().replaceAll("[^A-Za-z0-9_]", "_");
            sb.append("  register: ").append(reg).append('\n');
            sb.append("  # ethtool exits 80 when the rings already have these sizes\n");
            sb.append("  changed_when: ").append(reg).append(".rc == 0\n");
            sb.append("  failed_when: ").append(reg).append(".rc not in [0, 80]\n");
            tags(sb, c);
        }
        if (!rings.isEmpty()) {
            sb.append('\n');
            sb.append("- name: ").append(yamlQuote("kernlint: persist ring sizes in " + UdevRingRule.DIR + "/" + UdevRingRule.FILE)).append('\n');
            sb.append("  ansible.builtin.copy:\n");
            sb.append("    dest: ").append(yamlQuote(UdevRingRule.DIR + "/" + UdevRingRule.FILE)).append('\n');
            sb.append("    mode: '0644'\n");
            sb.append("    content: |\n");
            UdevRingRule.lines(rings, "{{ kernlint_ethtool.stdout }}").forEach(l -> sb.append("      ").append(l).append('\n'));
            sb.append("  tags: [kernlint]\n");
        }
        return sb.toString();
    }

    /** "NET-SOMAXCONN-LOW: net.core.somaxconn = 4096 (needs reboot: no, ...)": the risk shows in every run. */
    private static String name(FixPlan.Change c, String what) {
        return (c.review() ? "REVIEW " : "") + c.rules() + ": " + what + " (" + c.risk().describe() + ")";
    }

    private static void tags(StringBuilder sb, FixPlan.Change c) {
        sb.append("  tags: [kernlint");
        for (String rule : c.findings().stream().map(f -> f.rule()).distinct().toList()) {
            sb.append(", ").append(yamlQuote("kernlint-" + rule.toLowerCase(java.util.Locale.ROOT)));
        }
        if (c.review()) {
            sb.append(", kernlint-review");
        }
        sb.append("]\n");
    }
}
