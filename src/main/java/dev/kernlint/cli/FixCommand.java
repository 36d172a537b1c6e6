package dev.kernlint.cli;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.fix.AnsibleTasks;
import dev.kernlint.fix.ApplyPlan;
import dev.kernlint.fix.ApplyReport;
import dev.kernlint.fix.Applier;
import dev.kernlint.fix.FixException;
import dev.kernlint.fix.FixPlan;
import dev.kernlint.fix.FixRenderer;
import dev.kernlint.fix.FleetFix;
import dev.kernlint.fix.FleetPlaybook;
import dev.kernlint.fix.KernelSettings;
import dev.kernlint.fix.ProcSys;
import dev.kernlint.fix.Rollback;
import dev.kernlint.fix.RollbackFile;
import dev.kernlint.fix.ShellScript;
import dev.kernlint.fix.SysctlDropIn;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.source.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Turn the findings of an audit (same options as `audit`) into changes: a sysctl.d drop-in, a shell",
                "script with rollback, or Ansible tasks; or apply them here with --apply, and undo with --rollback.",
                "Every change shows its risk (reboot, disruption, reversible). Rules marked advice-only, keys this",
                "kernel lacks and ring resizes without --include-disruptive become comments, never changes.",
                "",
                "Examples:",
                "  kernlint fix > 90-kernlint.conf       a drop-in for /etc/sysctl.d",
                "  kernlint fix --format script -o fix.sh && sudo sh fix.sh",
                "  kernlint fix --snapshot web1.tar.gz --format ansible -o web1-fix.yml",
                "  kernlint fix --fleet fleet/ -o fix.yml   one playbook, each host its own",
                "  sudo kernlint fix --apply --rule NET-SOMAXCONN-LOW",
                "  sudo kernlint fix --rollback /var/lib/kernlint/rollback-20250101T120000Z.json"},
        footer = {"", "Exit codes: 0 output written, or every planned change took (--apply) or was restored (--rollback);",
                "1 some change did not take, was not restored, or you declined, or (--fleet) some host could not be judged",
                "(the playbook has the others); 2 usage or input error."})
public final class FixCommand implements Callable<Integer> {
    private static final int NOT_ALL_TOOK = 1;
    private static final Pattern DROP_IN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.conf");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    @Mixin
    SourceOptions source;

    @Mixin
    RulesOption rules;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Baseline profile, as for audit. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "sysctl",
            description = "sysctl (a drop-in for sysctl.d), script (POSIX sh with rollback) or ansible (tasks). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout (a script is made executable).")
    Path output;

    @Option(names = "--rule", paramLabel = "ID", description = "Only fixes of this rule (repeatable). Naming a rule whose fix is for review lets --apply apply it.")
    List<String> onlyRules = new ArrayList<>();

    @Option(names = "--include-disruptive", description = "Include changes that disrupt service, such as ring resizes (many drivers reset the link).")
    boolean includeDisruptive;

    @Option(names = "--include-review",
            description = "With --format script: run the changes a rule asks a person to review (listed commented out without it).")
    boolean includeReview;

    @Option(names = "--sysctl-dir", paramLabel = "DIR", description = "Where the drop-in goes. Default: /etc/sysctl.d.")
    String sysctlDir;

    @Option(names = "--drop-in", paramLabel = "NAME", defaultValue = FixPlan.Options.DROP_IN,
            description = "File name of the drop-in. Default: ${DEFAULT-VALUE}.")
    String dropIn;

    @Option(names = "--apply", description = "Apply the safe fixes on this host after showing the plan and asking.")
    boolean apply;

    @Option(names = {"-y", "--yes"}, description = "With --apply: do not ask.")
    boolean yes;

    @Option(names = "--rollback-file", paramLabel = "FILE",
            description = "With --apply: where to save the previous values. Default: /var/lib/kernlint/rollback-<time>.json.")
    Path rollbackFile;

    @Option(names = "--rollback", paramLabel = "FILE", description = "Restore what an earlier --apply changed, from its rollback file.")
    Path rollback;

    @Option(names = "--fleet", arity = "1..*", paramLabel = "PATH",
            description = {"Judge several hosts and write one Ansible playbook in which each host gets only its own changes:",
                    "each PATH is a snapshot (one host) or a directory of snapshots (kernlint collect output, one a host)."})
    List<Path> fleet = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the answer to "Apply?" comes from; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        try {
            return rollback != null ? rollback() : !fleet.isEmpty() ? fleet() : fix();
        } catch (FixException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int rollback() {
        if (apply) {
            throw new UserError("--rollback and --apply cannot be used together");
        }
        Rollback.Result r = Rollback.restore(RollbackFile.load(rollback));
        PrintWriter out = spec.commandLine().getOut();
        r.lines().forEach(l -> out.println("  " + escape(l)));
        out.println(r.restored() ? "Everything was restored." : "Some values or files were not restored (see above).");
        out.flush();
        return r.restored() ? ExitCode.OK : NOT_ALL_TOOK;
    }

    private int fix() throws IOException {
        FixRenderer renderer = switch (format.toLowerCase(Locale.ROOT)) {
            case "sysctl" -> new SysctlDropIn();
            case "script" -> new ShellScript();
            case "ansible" -> new AnsibleTasks();
            default -> throw new UserError("--format must be sysctl, script or ansible, not '" + format + "'");
        };
        Path root = source.root == null ? Path.of("/") : source.root;
        String dir = options(apply ? root.resolve("etc/sysctl.d").toString() : FixPlan.Options.SYSCTL_DIR).sysctlDir();
        RuleBook book = rules.load();
        Set<String> named = ruleIds(book);
        Profile p = ProfileLoader.load(profile);
        HostAudit.Outcome audited;
        try (Source src = source.open()) {
            audited = HostAudit.runKeepingFacts(src, p, book);
        }
        FixPlan plan = FixPlan.build(audited.result(), KernelSettings.of(audited.facts()), book.rules(),
                new FixPlan.Options(named, includeDisruptive, dropIn, dir));
        if (apply) {
            return apply(plan, named, root, p, book);
        }
        if (renderer instanceof ShellScript) {
            // as --apply does: a review change runs only when asked for, by --include-review or its rule by --rule
            List<FixPlan.Change> held = includeReview ? List.of() : plan.changes().stream()
                    .filter(c -> c.review() && c.findings().stream().noneMatch(f -> named.contains(f.rule()))).toList();
            List<FixPlan.Change> kept = plan.changes().stream().filter(c -> !held.contains(c)).toList();
            renderer = new ShellScript(output == null ? null : output.getFileName().toString(), held);
            plan = plan.withChanges(kept);
        }
        write(renderer.render(plan), renderer instanceof ShellScript);
        return ExitCode.OK;
    }

    private int fleet() {
        if (apply || source.snapshot != null || source.root != null) {
            throw new UserError("--fleet writes a playbook from snapshots: it cannot be used with --apply, --snapshot or --root");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--format") && !format.equalsIgnoreCase("ansible")) {
            throw new UserError("--fleet writes an Ansible playbook: --format must be ansible, not '" + format + "'");
        }
        FixPlan.Options options = options(FixPlan.Options.SYSCTL_DIR);
        RuleBook book = rules.load();
        Set<String> named = ruleIds(book);
        options = new FixPlan.Options(named, options.includeDisruptive(), options.dropInName(), options.sysctlDir());
        FleetFix.Result r = FleetFix.judge(FleetFix.inputs(fleet), ProfileLoader.load(profile), book, options,
                source.caps.caps());
        PrintWriter err = spec.commandLine().getErr();
        r.errors().forEach(e -> err.println("kernlint: " + escape(e)));
        err.flush();
        write(FleetPlaybook.render(r.hosts(), options), false);
        return r.errors().isEmpty() ? ExitCode.OK : NOT_ALL_TOOK;
    }

    private int apply(FixPlan plan, Set<String> named, Path root, Profile p, RuleBook book) {
        PrintWriter out = spec.commandLine().getOut();
        ApplyPlan ap = ApplyPlan.of(plan, source.snapshot == null ? new ProcSys(root) : null, named);
        out.print(ap.describe());
        out.flush();
        if (!ap.apply().isEmpty() && !yes && !confirm(out, ap.apply().size())) {
            out.println("Nothing was changed.");
            out.flush();
            return NOT_ALL_TOOK;
        }
        Path saveTo = rollbackFile != null ? rollbackFile : root.resolve("var/lib/kernlint/rollback-"
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")) + ".json");
        Applier applier = new Applier(new ProcSys(root), Path.of(plan.options().sysctlDir(), plan.options().dropInName()), saveTo,
                () -> {
                    try (Source again = source.open()) {
                        return HostAudit.run(again, p, book);
                    }
                });
        ApplyReport report = applier.apply(ap);
        out.print(report.render());
        out.flush();
        return report.allTook() ? ExitCode.OK : NOT_ALL_TOOK;
    }

    /** The checked --drop-in, --sysctl-dir (or {@code defaultDir}), --include-disruptive; rules are added later. */
    private FixPlan.Options options(String defaultDir) {
        if (!DROP_IN.matcher(dropIn).matches()) {
            throw new UserError("--drop-in must be a file name ending in .conf (letters, digits, . _ -), not '" + dropIn + "'");
        }
        if (yes && !apply) {
            throw new UserError("--yes only makes sense with --apply");
        }
        String dir = sysctlDir != null ? sysctlDir : defaultDir;
        if (dir.isBlank() || dir.contains("'") || dir.contains("\n")) {
            throw new UserError("--sysctl-dir: not a usable directory name: " + dir);
        }
        return new FixPlan.Options(Set.of(), includeDisruptive, dropIn, dir);
    }

    private Set<String> ruleIds(RuleBook book) {
        Set<String> named = new LinkedHashSet<>();
        for (String id : onlyRules) {
            String up = id.toUpperCase(Locale.ROOT);
            if (!RULE_ID.matcher(up).matches() || book.rule(up) == null) {
                throw new UserError("--rule: no rule " + id + " (kernlint rules lists them)");
            }
            named.add(up);
        }
        return named;
    }

    private boolean confirm(PrintWriter out, int n) {
        out.print("\nApply these " + n + " change" + (n == 1 ? "" : "s") + "? [y/N] ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (System.console() == null) {
                out.println(); // a piped answer is not echoed: end the prompt's line
            }
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            return false;
        }
    }

    private void write(String text, boolean executable) {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            if (executable) {
                Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new UserError("cannot write " + output + ": " + (e instanceof IOException io ? dev.kernlint.report.ErrorText.io(io)
                    : "the file system does not keep permissions"));
        }
    }
}
