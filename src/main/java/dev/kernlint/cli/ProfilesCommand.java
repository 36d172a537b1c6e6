package dev.kernlint.cli;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"List the bundled profiles: the baseline each role is judged against.",
                "`kernlint profiles show NAME` prints one merged with everything it extends.",
                "",
                "Examples:",
                "  kernlint profiles",
                "  kernlint profiles show database",
                "  kernlint profiles show ./my-profile.yaml > merged.yaml"},
        subcommands = ProfilesShowCommand.class)
public final class ProfilesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-16s  %-10s  %s%n", "NAME", "EXTENDS", "DESCRIPTION");
        for (String name : ProfileLoader.bundled()) {
            Profile p = ProfileLoader.load(name);
            String parent = p.lineage().size() > 1 ? p.lineage().get(1).replaceFirst("^profiles/", "").replaceFirst("\\.yaml$", "") : "-";
            out.printf("%-16s  %-10s  %s%n", escape(name), escape(parent), escape(p.description()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
