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

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Judge this host (or a snapshot) against the rules and a profile; print findings with their fixes.",
                "",
                "Run it as root for the full picture: an input only root can read is reported under 'Not evaluated', "
                        + "with the rules it keeps from judging, never passed silently.",
                "",
                "Examples:",
                "  kernlint audit",
                "  kernlint audit --snapshot web1.tar.gz --profile site.yaml --fail-on critical",
                "  kernlint audit --format json --output report.json"},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, configuration or input error; 3 internal error."})
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    RulesOption rules;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Baseline profile: a bundled name or a YAML file (an unknown name lists the bundled ones). Default: ${DEFAULT-VALUE}.")
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
        AuditResult result;
        try (Source src = source.open()) {
            result = HostAudit.run(src, p, rules.load());
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
