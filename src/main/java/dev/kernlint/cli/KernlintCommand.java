package dev.kernlint.cli;

import picocli.CommandLine.Command;

@Command(name = "kernlint",
        mixinStandardHelpOptions = true,
        versionProvider = KernlintCommand.VersionProvider.class,
        description = {
                "Audits a Linux server's kernel tuning against a rule catalog and a baseline profile, and says how to fix what it finds.",
                "",
                "Examples:",
                "  kernlint audit                         audit this host, default profile",
                "  kernlint audit -f json -o r.json       machine-readable report",
                "  kernlint collect -o host.tar.gz        capture this host for later",
                "  kernlint audit --snapshot host.tar.gz  audit a capture, here or elsewhere",
                "  kernlint diff old.tar.gz new.tar.gz    what changed between two snapshots",
                "  kernlint explain NET-TW-RECYCLE        what a rule checks, how to fix it",
                "  kernlint fix --format script -o fix.sh a fix script, with its rollback",
                "  kernlint profiles                      the bundled baselines",
                "  kernlint baseline > good.yaml          pin this known-good host"},
        // the subcommands are added by Main.commandLine, only the one needed when the arguments name it
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, configuration or input error; 3 internal error; 4 the coverage gate of audit failed."})
public final class KernlintCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** No command at all is a usage mistake (a cron line that lost its arguments): a short usage, on stderr. */
    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        java.util.List<String> names = spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        err.println("Usage: kernlint COMMAND [OPTIONS]   (" + String.join(", ", names) + ")");
        err.println("Try 'kernlint --help' for more information.");
        err.flush();
        return ExitCode.ERROR;
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.line()};
        }
    }
}
