package dev.kernlint.cli;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.Severity;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.Waiver;
import dev.kernlint.profile.WaiverLoader;
import dev.kernlint.profile.Waivers;
import dev.kernlint.report.PriorReport;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Judge this host (or a snapshot) against the rules and a profile; print findings with their fixes.",
                "",
                "Run it as root for the full picture: an input only root can read is reported under 'Not evaluated', "
                        + "with the rules it keeps from judging, never passed silently.",
                "",
                "Examples:",
                "  kernlint audit",
                "  kernlint audit --snapshot web1.tar.gz --profile web-server --fail-on critical",
                "  kernlint audit --format json --output report.json",
                "  kernlint audit --samples 6 --interval 10s   rules about change (a minute)",
                "  kernlint audit --fail-on never \\",
                "    -f prometheus=/var/lib/prometheus/node-exporter/kernlint.prom",
                "  kernlint audit --format text --format sarif=kernlint.sarif \\",
                "                 --format junit=kernlint.xml --waivers waivers.yaml \\",
                "                 --new-since last-week.json"},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on (waived findings do not count); 1 findings at or above it; "
                + "2 usage, configuration or input error; 3 internal error; 4 the coverage gate failed (--fail-on-gaps, --require, "
                + "--min-evaluated): the rules the job relies on were not evaluated."})
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    RulesOption rules;

    @Mixin
    SamplingOptions sampling;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Baseline profile: a bundled name or a YAML file (an unknown name lists the bundled ones). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[=FILE]", split = ",",
            description = {"Report format, repeatable or comma-separated, each to its own FILE (or standard output, for one of them):",
                    "text, json, sarif, junit, markdown, html, prometheus. Default: text.",
                    "prometheus: node_exporter's textfile format, its FILE replaced atomically (name it *.prom)."})
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output (with one --format).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding that is not waived is at or above LEVEL: info, warning, critical or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accepted findings (YAML: rule, match, hosts, reason, owner, expires). Waived findings are reported but do not count.")
    Path waivers;

    @Option(names = "--new-since", paramLabel = "OLD.json",
            description = "Report and fail only on findings that an earlier JSON report of this host did not have.")
    Path newSince;

    @Option(names = "--new-since-any-host",
            description = "Let --new-since take a report of another host (its findings are left out all the same).")
    boolean newSinceAnyHost;

    @Option(names = {"-q", "--quiet"}, description = "Text report: the findings only, no header, gaps or counts.")
    boolean quiet;

    @Option(names = "--summary", description = "Text report: one line per host (counts and rules evaluated), for cron mail and CI logs.")
    boolean summary;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (a terminal, without NO_COLOR or TERM=dumb), always or never. Default: ${DEFAULT-VALUE}.")
    String color;

    @Mixin
    CoverageGate gate;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = FailOn.threshold(failOn);
        boolean colour = Terminal.colour(color);
        if (quiet && summary) {
            throw new UserError("--quiet and --summary cannot be used together");
        }
        List<ReportTarget> targets = ReportTarget.parse(formats, output);
        Profile p = ProfileLoader.load(profile);
        List<Waiver> waiverList = waivers == null ? null : WaiverLoader.load(waivers);
        java.util.function.Supplier<RuleBook> loading = rules.loadInBackground();
        AuditResult result;
        int n = sampling.samples();
        java.time.Duration every = sampling.interval();
        try (Source src = source.open()) {
            if (n > 1 && !(src instanceof dev.kernlint.source.LiveHost)) {
                throw new UserError("--samples reads a live host; a snapshot brings its own samples (collect --samples)");
            }
            if (n > 1) {
                dev.kernlint.time.LiveSampler sampler = new dev.kernlint.time.LiveSampler(source::open,
                        colour ? spec.commandLine().getErr() : null);
                result = HostAudit.run(src, () -> sampler.take(n - 1, every, false), p, loading).result();
            } else {
                result = HostAudit.run(src, src instanceof dev.kernlint.source.Snapshot s ? s.samples() : java.util.List.of(), p, loading).result();
            }
        }
        RuleBook book = loading.get();
        gate.check(book);
        PriorReport prior = newSince == null ? null : PriorReport.load(newSince, book.rules());
        if (prior != null) {
            prior.requireHost(result.hostname(), newSinceAnyHost);
        }
        if (waiverList != null) {
            result = Waivers.apply(result, waiverList, LocalDate.now(), book.rules().keySet());
        }
        if (prior != null) {
            result = prior.onlyNew(result);
        }
        PrintWriter out = spec.commandLine().getOut();
        Instant finished = Instant.now();
        for (ReportTarget t : targets) {
            dev.kernlint.report.Renderer renderer = !t.format().equals("text") ? t.renderer(book, false, finished)
                    : summary ? new dev.kernlint.report.SummaryLine()
                    : new dev.kernlint.report.TextReport(t.file() == null && colour, quiet);
            t.write(renderer.render(result), out);
        }
        String shortfall = gate.shortfall(result);
        if (shortfall != null) {
            spec.commandLine().getErr().println("kernlint: coverage gate: " + shortfall);
            spec.commandLine().getErr().flush();
            return ExitCode.COVERAGE;
        }
        return threshold != null && result.hasAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
