package dev.kernlint.cli;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.RuleBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The CI coverage gate: a run that could not evaluate what the job relies on fails with {@link ExitCode#COVERAGE}
 * instead of passing with "No findings." (a snapshot where most inputs could not be read).
 */
public final class CoverageGate {
    @Option(names = "--fail-on-gaps", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "true|false",
            description = "Exit 4 when any rule could not be evaluated (an input was unreadable or missing).")
    boolean failOnGaps;

    // not picocli's negatable: with a default of true from a config file, it would invert both forms
    @Option(names = "--no-fail-on-gaps", description = "Turn off a --fail-on-gaps that a config file or KERNLINT_FAIL_ON_GAPS sets.")
    boolean noFailOnGaps;

    @Option(names = "--require", paramLabel = "RULE", split = ",",
            description = "Exit 4 unless these rules were evaluated (repeatable or comma-separated).")
    List<String> require = new ArrayList<>();

    @Option(names = "--min-evaluated", paramLabel = "PCT",
            description = "Exit 4 when fewer than PCT percent of the rules were evaluated.")
    Integer minEvaluated;

    /** Usage mistakes, before the audit runs: a rule that does not exist, a percentage out of range. */
    void check(RuleBook book) {
        if (minEvaluated != null && (minEvaluated < 0 || minEvaluated > 100)) {
            throw new UserError("--min-evaluated must be 0 to 100, not " + minEvaluated);
        }
        for (String id : require) {
            if (book.rule(id.strip().toUpperCase(Locale.ROOT)) == null) {
                throw new UserError("--require: no rule " + id.strip() + " (kernlint rules lists them)");
            }
        }
    }

    /** Why the gate fails for this result, in words; null when it passes. */
    String shortfall(AuditResult r) {
        List<String> why = new ArrayList<>();
        int not = r.rulesNotEvaluated().size();
        int all = not + r.rulesEvaluated().size();
        if (failOnGaps && !noFailOnGaps && not > 0) {
            why.add(not + " of " + all + " rules not evaluated (--fail-on-gaps)");
        }
        List<String> missing = require.stream().map(id -> id.strip().toUpperCase(Locale.ROOT))
                .filter(id -> !r.rulesEvaluated().contains(id)).toList();
        if (!missing.isEmpty()) {
            why.add(String.join(", ", missing) + " not evaluated (--require)");
        }
        if (minEvaluated != null && all > 0 && r.rulesEvaluated().size() * 100L < (long) minEvaluated * all) {
            why.add(r.rulesEvaluated().size() * 100 / all + "% of rules evaluated, below --min-evaluated " + minEvaluated);
        }
        return why.isEmpty() ? null : String.join("; ", why);
    }
}
