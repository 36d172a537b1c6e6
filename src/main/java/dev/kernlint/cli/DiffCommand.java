package dev.kernlint.cli;

import dev.kernlint.collect.Facts;
import dev.kernlint.diff.DiffJsonReport;
import dev.kernlint.diff.DiffTextReport;
import dev.kernlint.diff.HostDiff;
import dev.kernlint.diff.SnapshotComparer;
import dev.kernlint.engine.Audit;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.Severity;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Compare two snapshots of a host (a week apart, or before and after a change): kernel parameters",
                "changed, findings appeared or resolved, and growth of slab, anonymous memory, swap and TIME_WAIT.",
                "",
                "Examples:",
                "  kernlint diff monday.tar.gz friday.tar.gz",
                "  kernlint diff before/ after/ --format json --fail-on critical"},
        footer = {"", "Exit codes: 0 no finding appeared at or above --fail-on; 1 some did; 2 usage or input error."})
public final class DiffCommand implements Callable<Integer> {
    @Mixin
    ReadCapOptions caps;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier snapshot (directory or tar archive).")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later snapshot.")
    Path newPath;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Profile both snapshots are judged with. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding at or above LEVEL appeared: info, warning, critical or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Mixin
    RulesOption rules;

    @Option(names = "--any-host", description = "Compare snapshots of two different hosts (refused otherwise: their differences are not changes).")
    boolean anyHost;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = FailOn.threshold(failOn);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format must be text or json, not '" + format + "'");
        }
        Profile p = ProfileLoader.load(profile);
        RuleBook book = rules.load();
        dev.kernlint.source.ReadCaps limits = caps.caps();
        Side a = side(oldPath, p, book, limits);
        Side b = side(newPath, p, book, limits);
        String oldHost = a.result.hostname();
        String newHost = b.result.hostname();
        if (!anyHost && dev.kernlint.engine.HostName.differ(oldHost, newHost)) {
            throw new UserError(newPath + " is a snapshot of host " + newHost + ", but " + oldPath + " is of " + oldHost
                    + " (--any-host compares across hosts)");
        }
        HostDiff d = SnapshotComparer.compare(a.facts, a.result, b.facts, b.result);
        spec.commandLine().getOut().print(format.equals("json") ? DiffJsonReport.render(d) : DiffTextReport.render(d));
        spec.commandLine().getOut().flush();
        boolean fail = threshold != null && d.appeared().stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
        return fail ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private record Side(Facts facts, AuditResult result) {}

    private static Side side(Path path, Profile p, RuleBook book, dev.kernlint.source.ReadCaps limits) {
        long start = System.nanoTime();
        try (Source s = Snapshots.open(path, limits)) {
            Facts facts = dev.kernlint.engine.HostAudit.facts(s);
            AuditResult r = new Audit(book).run(facts, p, Audit.host(s.hostname(), facts, s.collectedAt()), s.describe(), start);
            return new Side(facts, r);
        }
    }
}
