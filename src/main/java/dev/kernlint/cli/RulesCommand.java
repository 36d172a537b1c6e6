package dev.kernlint.cli;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"List every rule: id, severity, area, title. `kernlint explain ID` tells more about one.",
                "With --rules DIR, your own rules are listed too."})
public final class RulesCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @picocli.CommandLine.Option(names = "--markdown", description = "Print the table as Markdown (the README's rule table is this output).")
    boolean markdown;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = rules.load();
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(markdownTable(book));
            out.flush();
            return ExitCode.OK;
        }
        int w = book.rules().keySet().stream().mapToInt(String::length).max().orElse(10);
        out.printf("%-" + w + "s  %-8s  %-8s  %s%n", "ID", "SEVERITY", "AREA", "TITLE");
        for (RuleInfo r : book.rules().values()) {
            out.printf("%-" + w + "s  %-8s  %-8s  %s%n", escape(r.id()), r.severity().label(), escape(r.area()), escape(r.title()));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The README rule table: one row per rule id, from the rule metadata. */
    public static String markdownTable(RuleBook book) {
        StringBuilder sb = new StringBuilder("| Rule | Severity | Area | Needs | Fix | Title |\n|---|---|---|---|---|---|\n");
        for (RuleInfo r : book.rules().values()) {
            sb.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ").append(r.area())
                    .append(" | ").append(r.kind().equals("T") ? "samples" : "snapshot").append(" | ").append(r.fix())
                    .append(" | ").append(r.title().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
