package dev.kernlint.cli;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.Severity;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.report.JsonReport;
import dev.kernlint.report.Renderer;
import dev.kernlint.report.TextReport;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Judge this host (or a snapshot) against the rules and a profile; print findings with their fixes.",
                "",
                "Run as root for the full picture: inputs only root can read (slabinfo, dmidecode) are otherwise",
                "reported under 'Not evaluated', never passed silently.",
                "",
                "Examples:",
                "  kernlint audit",
                "  kernlint audit --snapshot web1.tar.gz --profile web-server --fail-on critical",
                "  kernlint audit --format json --output report.json",
                "  kernlint audit --samples 6 --interval 10s     rules about change: swapping, slab growth, drops"},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, configuration or input error; 3 internal error."})
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    RulesOption rules;

    @Mixin
    SamplingOptions sampling;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Baseline profile: a bundled name (see `kernlint profiles`) or a YAML file. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            description = "Report format: text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding is at or above LEVEL: info, warning, critical or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.parse(failOn);
            if (threshold == null) {
                throw new UserError("--fail-on must be info, warning, critical or never, not '" + failOn + "'");
            }
        }
        Renderer renderer = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> new TextReport(output == null && Terminal.colour());
            case "json" -> new JsonReport();
            default -> throw new UserError("--format must be text or json, not '" + format + "'");
        };
        Profile p = ProfileLoader.load(profile);
        java.util.function.Supplier<dev.kernlint.engine.RuleBook> book = rules.loadInBackground();
        AuditResult result;
        int n = sampling.samples();
        java.time.Duration every = sampling.interval();
        try (Source src = source.open()) {
            if (n > 1 && src instanceof dev.kernlint.source.Snapshot) {
                throw new UserError("--samples reads a live host; a snapshot brings its own samples (collect --samples)");
            }
            if (n > 1) {
                // the base reading first, so the samples follow it in time
                dev.kernlint.source.CachingSource base = new dev.kernlint.source.CachingSource(src, false);
                dev.kernlint.collect.Collectors.run(base);
                java.util.List<dev.kernlint.source.CachingSource> later = new dev.kernlint.time.LiveSampler(source::open,
                        Terminal.colour() ? spec.commandLine().getErr() : null).take(n - 1, every, false);
                result = HostAudit.run(base, later, p, book).result();
            } else {
                result = HostAudit.run(src, src instanceof dev.kernlint.source.Snapshot s ? s.samples() : java.util.List.of(), p, book).result();
            }
        }
        String text = renderer.render(result);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + e.getMessage());
            }
        }
        return threshold != null && result.hasAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
