package dev.kernlint.cli;

import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"List every rule: id, severity, area, title. `kernlint explain ID` tells more about one."})
public final class RulesCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = rules.load();
        PrintWriter out = spec.commandLine().getOut();
        int w = book.rules().keySet().stream().mapToInt(String::length).max().orElse(10);
        out.printf("%-" + w + "s  %-8s  %-8s  %s%n", "ID", "SEVERITY", "AREA", "TITLE");
        for (RuleInfo r : book.rules().values()) {
            out.printf("%-" + w + "s  %-8s  %-8s  %s%n", r.id(), r.severity().label(), r.area(), r.title());
        }
        out.flush();
        return ExitCode.OK;
    }
}
