package dev.kernlint.cli;

import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.Severity;
import dev.kernlint.fleet.FleetInputs;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.FleetRun;
import dev.kernlint.fleet.Groups;
import dev.kernlint.fleet.PriorFleet;
import dev.kernlint.fleet.Progress;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.WaiverLoader;
import dev.kernlint.report.FleetHtmlReport;
import dev.kernlint.report.FleetJsonReport;
import dev.kernlint.report.FleetJunitReport;
import dev.kernlint.report.FleetMarkdownReport;
import dev.kernlint.report.FleetRenderer;
import dev.kernlint.report.FleetSarifReport;
import dev.kernlint.report.FleetTextReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fleet", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Judge many hosts in one run: snapshots (directories, archives, sosreports, sysctl -a dumps) and JSON "
                + "reports, one host each; report findings by rule with the hosts affected, and the hosts that differ from "
                + "their group (outliers).",
                "",
                "Examples:",
                "  kernlint fleet snapshots/",
                "  kernlint fleet snapshots/ --groups groups.yaml \\",
                "                 --format html=fleet.html --format json=fleet.json",
                "  kernlint fleet snapshots/ -f prometheus=TEXTFILE_DIR/fleet.prom",
                "  kernlint fleet snapshots/ reports/*.json --new-since last-week.json"},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on on any host; 1 findings at or above it;",
                "2 usage or configuration error, or an input that could not be judged (its row in the report says why;",
                "the report is written all the same); 3 internal error."})
public final class FleetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "A snapshot, a JSON report, or a directory holding one per host.")
    List<Path> paths;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Profile for every host (or, with --groups, for hosts no group names). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "Groups (YAML): group name -> hosts (globs) or an Ansible inventory and group, and its profile.")
    Path groups;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Hosts judged at once. Default: one per CPU.")
    Integer jobs;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[=FILE]",
            description = {"Report format, repeatable, each to its own FILE: text, json, sarif, junit, markdown, html, prometheus.",
                    "Default: text. prometheus: one node_exporter textfile with every host's series (a host label), replaced atomically."})
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (with one --format).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding on any host is at or above LEVEL: info, warning, critical or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted findings (as for audit; hosts: globs say where).")
    Path waivers;

    @Option(names = "--new-since", paramLabel = "OLD-FLEET.json",
            description = "Report and fail only on findings each host's entry in an earlier fleet JSON report did not have.")
    Path newSince;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = FailOn.threshold(failOn);
        if (jobs != null && (jobs < 1 || jobs > 256)) {
            throw new UserError("--jobs must be 1 to 256, not " + jobs);
        }
        List<ReportTarget> targets = ReportTarget.parse(formats, output);
        var fallback = ProfileLoader.load(profile);
        Groups g = groups == null ? Groups.all(fallback) : Groups.load(groups, fallback);
        var waiverList = waivers == null ? null : WaiverLoader.load(waivers);
        RuleBook book = RuleBook.load(null);
        RuleBook fleetBook = RuleBook.fleet();
        List<Path> inputs;
        try {
            inputs = FleetInputs.expand(paths);
        } catch (dev.kernlint.fleet.FleetInputException e) {
            throw new UserError(e.getMessage());
        }
        PriorFleet prior;
        try {
            prior = newSince == null ? null : PriorFleet.load(newSince, book.rules());
        } catch (dev.kernlint.fleet.FleetInputException e) {
            throw new UserError(e.getMessage());
        }
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        Progress progress = new Progress(tty ? spec.commandLine().getErr() : null, inputs.size());
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        FleetResult result = new FleetRun(book, fleetBook, new FleetRun.Options(g, n, waiverList, prior,
                newSince == null ? null : newSince.toString(), progress)).run(inputs);
        java.time.Instant finished = java.time.Instant.now();
        for (ReportTarget t : targets) {
            t.write(renderer(t.format(), result.rules(), finished).render(result), spec.commandLine().getOut());
        }
        warnSameHost(result);
        if (result.errors() > 0) {
            spec.commandLine().getErr().println("kernlint fleet: " + result.errors() + " of " + result.hosts().size()
                    + " inputs could not be judged (see 'Not judged' in the report)");
            return ExitCode.ERROR;
        }
        return threshold != null && result.hasAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Two inputs that report one host name (a snapshot copied twice, two hosts cloned from one image that kept its
     * name) are both judged and both counted in the consensus, which a reader should know; `fix --fleet` refuses
     * them, as a playbook cannot tell the two apart.
     */
    private void warnSameHost(FleetResult result) {
        Map<String, List<String>> inputs = new java.util.TreeMap<>();
        for (dev.kernlint.fleet.HostResult h : result.hosts()) {
            if (h.error() == null) {
                inputs.computeIfAbsent(h.name(), k -> new java.util.ArrayList<>()).add(h.input());
            }
        }
        inputs.forEach((name, from) -> {
            if (from.size() > 1) {
                spec.commandLine().getErr().println(dev.kernlint.report.TerminalText.escape("kernlint fleet: host " + name
                        + " is reported by " + from.size() + " inputs (" + String.join(", ", from)
                        + "): each is judged and counted; fix --fleet refuses them"));
            }
        });
    }

    private static FleetRenderer renderer(String format, Map<String, dev.kernlint.engine.RuleInfo> rules, java.time.Instant finished) {
        return switch (format) {
            case "text" -> new FleetTextReport();
            case "json" -> new FleetJsonReport();
            case "sarif" -> new FleetSarifReport(rules);
            case "junit" -> new FleetJunitReport(rules);
            case "markdown" -> new FleetMarkdownReport();
            case "html" -> new FleetHtmlReport();
            case "prometheus" -> new dev.kernlint.report.FleetPrometheusReport(rules, finished);
            default -> throw new IllegalStateException(format);
        };
    }
}
