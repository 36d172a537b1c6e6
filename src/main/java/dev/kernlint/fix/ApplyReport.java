package dev.kernlint.fix;

import static dev.kernlint.report.TerminalText.escape;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What `fix --apply` did, per change, after reading the values back and auditing again. */
public record ApplyReport(ApplyPlan plan, List<Outcome> outcomes, Path rollbackFile, Path dropIn) {

    public enum Status { FIXED, STILL_PRESENT, FAILED }

    public record Outcome(FixPlan.Change change, Status status, String detail) {}

    /** True when every planned change took and resolved its finding: exit code 0. */
    public boolean allTook() {
        return outcomes.stream().allMatch(o -> o.status() == Status.FIXED);
    }

    public long count(Status s) {
        return outcomes.stream().filter(o -> o.status() == s).count();
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        if (rollbackFile != null) {
            sb.append("Saved the previous values to ").append(escape(rollbackFile))
                    .append(" (undo: kernlint fix --rollback ").append(escape(rollbackFile)).append(")\n");
            sb.append("Wrote ").append(escape(dropIn)).append('\n');
        }
        sb.append("\nResult (values read back, host audited again):\n");
        for (Outcome o : outcomes) {
            sb.append(String.format("  %-15s %s (%s)", o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    escape(o.change().what()), escape(o.change().rules())));
            if (o.detail() != null) {
                sb.append(": ").append(escape(o.detail()));
            }
            sb.append('\n');
        }
        for (ApplyPlan.Skipped s : plan.notApplicable()) {
            sb.append(String.format("  %-15s %s (%s): %s%n", "not applicable", escape(s.change().what()), escape(s.change().rules()),
                    escape(s.reason())));
        }
        for (ApplyPlan.Skipped s : plan.notApplied()) {
            sb.append(String.format("  %-15s %s (%s): %s%n", "not applied", escape(s.change().what()), escape(s.change().rules()),
                    escape(s.reason())));
        }
        if (outcomes.isEmpty() && plan.notApplicable().isEmpty() && plan.notApplied().isEmpty()) {
            sb.append("  nothing was planned\n");
        }
        sb.append(String.format("%n%d fixed, %d still present, %d failed, %d not applicable, %d not applied%n",
                count(Status.FIXED), count(Status.STILL_PRESENT), count(Status.FAILED), plan.notApplicable().size(),
                plan.notApplied().size()));
        return sb.toString();
    }
}
