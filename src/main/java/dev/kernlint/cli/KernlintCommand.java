package dev.kernlint.cli;

import picocli.CommandLine.Command;

@Command(name = "kernlint",
        mixinStandardHelpOptions = true,
        versionProvider = KernlintCommand.VersionProvider.class,
        description = {
                "Audits a Linux server's kernel tuning against a rule catalog and a baseline profile, and says how to fix what it finds.",
                "",
                "Examples:",
                "  kernlint audit                          audit this host with the default profile",
                "  kernlint audit --format json -o r.json  machine-readable report",
                "  kernlint collect -o host.tar.gz         capture this host for later or elsewhere",
                "  kernlint audit --snapshot host.tar.gz   audit a capture",
                "  kernlint diff old.tar.gz new.tar.gz     what changed between two snapshots",
                "  kernlint explain NET-TW-RECYCLE         what a rule checks and how to fix it",
                "  kernlint fix --format script -o fix.sh  a script that fixes what the audit found (with rollback)",
                "  kernlint profiles                       the bundled baselines (web-server, database, ...)",
                "  kernlint baseline > good.yaml           pin this known-good host as a profile"},
        subcommands = {AuditCommand.class, CollectCommand.class, DiffCommand.class, RulesCommand.class, ExplainCommand.class,
                FixCommand.class, ProfilesCommand.class, BaselineCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, configuration or input error; 3 internal error."})
public final class KernlintCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kernlint " + Version.VERSION + " (Drools 10.2.0, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
