package dev.kernlint.fix;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.engine.FixAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of a fix plan `--apply` does on this host: kernel parameters that exist and can be written here.
 * Not applicable (reported, not failures): anything in a snapshot audit, keys this kernel lacks, keys read-only
 * here (a container, a network namespace without its own copy). Not applied: ring resizes (they reset the link;
 * never applied by kernlint itself) and review fixes whose rule was not named with --rule.
 */
public record ApplyPlan(FixPlan plan, List<FixPlan.Change> apply, List<Skipped> notApplicable, List<Skipped> notApplied) {

    public record Skipped(FixPlan.Change change, String reason) {}

    /** @param procSys null for a snapshot audit, where nothing is applied */
    public static ApplyPlan of(FixPlan plan, ProcSys procSys, Set<String> namedRules) {
        List<FixPlan.Change> apply = new ArrayList<>();
        List<Skipped> notApplicable = new ArrayList<>();
        List<Skipped> notApplied = new ArrayList<>();
        for (FixPlan.Change c : plan.changes()) {
            if (!(c.action() instanceof FixAction.SetSysctl s)) {
                notApplied.add(new Skipped(c, "kernlint never resizes rings itself (many drivers reset the link): "
                        + "use kernlint fix --format script --include-disruptive in a maintenance window"));
                continue;
            }
            if (procSys == null) {
                notApplicable.add(new Skipped(c, "snapshot audit: nothing is applied"));
                continue;
            }
            if (c.review() && c.findings().stream().noneMatch(f -> namedRules.contains(f.rule()))) {
                notApplied.add(new Skipped(c, "needs review: name the rule with --rule " + c.findings().get(0).rule()
                        + " to apply it"));
                continue;
            }
            switch (procSys.access(s.key())) {
                case WRITABLE -> apply.add(c);
                case ABSENT -> notApplicable.add(new Skipped(c, s.key() + " does not exist here"));
                case READ_ONLY -> notApplicable.add(new Skipped(c, s.key()
                        + " is read-only here (a container, or a network namespace without its own copy)"));
                case DENIED -> throw new FixException("--apply needs root: cannot write " + procSys.path(s.key())
                        + " (permission denied); nothing was changed");
            }
        }
        return new ApplyPlan(plan, apply, notApplicable, notApplied);
    }

    /** What will happen, shown before asking. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("kernlint fix --apply on ").append(escape(plan.describeOrigin())).append('\n');
        if (apply.isEmpty()) {
            sb.append("\nNothing to apply here.\n");
        } else {
            sb.append("\nWill set (runtime now, and in ").append(escape(plan.options().sysctlDir())).append('/')
                    .append(escape(plan.options().dropInName())).append(" for boot):\n");
            for (FixPlan.Change c : apply) {
                sb.append("  ").append(escape(c.what())).append("   (now ").append(c.current() == null ? "unknown" : escape(c.current()))
                        .append(") ").append(escape(c.rules())).append('\n');
                sb.append("      ").append(c.risk().describe()).append('\n');
                String over = SysctlDropIn.overrideNote(c.override(), ((FixAction.SetSysctl) c.action()).value(),
                        plan.options().dropInName());
                if (over != null) {
                    sb.append("      ").append(escape(over)).append('\n');
                }
            }
        }
        section(sb, "Not applicable here:", notApplicable);
        section(sb, "Not applied:", notApplied);
        if (!plan.advice().isEmpty()) {
            sb.append("\nAdvice only:\n");
            plan.advice().forEach(a -> sb.append("  ").append(escape(a.text())).append('\n'));
        }
        return sb.toString();
    }

    static void section(StringBuilder sb, String title, List<Skipped> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append('\n');
        for (Skipped s : items) {
            sb.append("  ").append(escape(s.change().what())).append(" (").append(escape(s.change().rules())).append("): ")
                    .append(escape(s.reason())).append('\n');
        }
    }
}
