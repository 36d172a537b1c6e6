package dev.kernlint.fix;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.FixRisk;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.fact.PersistedSysctl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What `kernlint fix` would change, decided once for every format: the changes (each with the findings it
 * resolves, its risk, the current value and any later sysctl file that would override it) and the advice that
 * is not generated (rules marked advice-only, keys this kernel lacks, disruptive changes not asked for, values
 * that fail validation, conflicting fixes). Renderers only format this.
 */
public final class FixPlan {

    /** Where the findings came from, for headers. */
    public record Origin(String hostname, String kernel, String source, String collectedAt, boolean live) {}

    /** How the plan is made: which rules (empty = all), whether link-resetting changes are wanted, the drop-in. */
    public record Options(Set<String> rules, boolean includeDisruptive, String dropInName, String sysctlDir) {
        public static final String DROP_IN = "90-kernlint.conf";
        public static final String SYSCTL_DIR = "/etc/sysctl.d";
    }

    /**
     * One change. {@code findings} are those it resolves (two rules may want the same value), {@code review} is set
     * when the rule asks a person to review it, {@code current} is the running value (null for rings).
     */
    public record Change(List<Finding> findings, FixAction action, FixRisk risk, boolean review, String current,
                         PersistedSysctl override) {

        public String rules() {
            return String.join(", ", findings.stream().map(Finding::rule).distinct().toList());
        }

        /** The finding's own words: why this change. */
        public String why() {
            return SafeValues.oneLine(findings.get(0).message());
        }

        /** "net.core.somaxconn = 4096" or "eth0 rings rx 4096 tx 4096". */
        public String what() {
            if (action instanceof FixAction.SetSysctl s) {
                return s.key() + " = " + s.value();
            }
            FixAction.SetRing g = (FixAction.SetRing) action;
            return g.iface() + " rings" + (g.rx() == null ? "" : " rx " + g.rx()) + (g.tx() == null ? "" : " tx " + g.tx());
        }

        public boolean isSysctl() {
            return action instanceof FixAction.SetSysctl;
        }
    }

    /** A finding kernlint only advises on, and why no change is generated; action is null for advice-only rules. */
    public record Advice(Finding finding, FixAction action, String reason) {

        public String text() {
            return finding.rule() + ": " + SafeValues.oneLine(reason);
        }
    }

    private final Origin origin;
    private final Options options;
    private final List<Change> changes;
    private final List<Advice> advice;

    FixPlan(Origin origin, Options options, List<Change> changes, List<Advice> advice) {
        this.origin = origin;
        this.options = options;
        this.changes = List.copyOf(changes);
        this.advice = List.copyOf(advice);
    }

    public static FixPlan build(AuditResult result, KernelSettings settings, Map<String, RuleInfo> rules, Options options) {
        Object kernel = result.host().get("kernel");
        Object collected = result.host().get("collected_at");
        Origin origin = new Origin(String.valueOf(result.host().get("hostname")), kernel == null ? null : kernel.toString(),
                result.source(), collected == null ? null : collected.toString(), result.source().startsWith("live"));
        Map<String, List<Change>> byTarget = new LinkedHashMap<>();
        List<Advice> advice = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!options.rules().isEmpty() && !options.rules().contains(f.rule())) {
                continue;
            }
            RuleInfo info = rules.get(f.rule());
            String fix = info == null ? "none" : info.fix();
            if (fix.equals("none")) {
                advice.add(new Advice(f, null, "advice only (kernlint does not generate a fix for this rule): " + f.remediation()));
                continue;
            }
            if (f.fixes().isEmpty()) {
                advice.add(new Advice(f, null, SafeValues.oneLine(f.message()) + ": nothing to set; " + f.remediation()));
                continue;
            }
            for (FixAction a : f.fixes()) {
                String refused = SafeValues.problem(a);
                if (refused != null) {
                    advice.add(new Advice(f, a, "not generated: " + refused));
                } else if (a instanceof FixAction.RemoveSysctl r) {
                    advice.add(new Advice(f, a, removal(r.key(), settings)));
                } else if (a instanceof FixAction.SetSysctl s && !settings.exists(s.key())) {
                    advice.add(new Advice(f, a, s.key() + " does not exist on this kernel, so it is not written; "
                            + removal(s.key(), settings)));
                } else if ((a instanceof FixAction.SetRing || fix.equals("disruptive")) && !options.includeDisruptive()) {
                    advice.add(new Advice(f, a, "not generated without --include-disruptive (many drivers reset the link): "
                            + a.commandText()));
                } else {
                    String key = a instanceof FixAction.SetSysctl s ? s.key() : null;
                    Change c = new Change(List.of(f), a, info.riskOf(a), fix.equals("review"),
                            key == null ? null : settings.current(key),
                            key == null ? null : settings.overrideOf(key, options.dropInName()));
                    byTarget.computeIfAbsent(target(a), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (List<Change> same : byTarget.values()) {
            // a change offered only for review (KERN-SYSCTL-DRIFT proposing the persisted value) gives way to a firm
            // one that sets the same key to a single value
            List<Change> firm = same.stream().filter(c -> !c.review()).toList();
            if (!firm.isEmpty() && firm.size() < same.size() && firm.stream().map(Change::action).distinct().count() == 1) {
                for (Change c : same) {
                    if (c.review()) {
                        advice.add(new Advice(c.findings().get(0), c.action(),
                                "not generated: " + firm.get(0).rules() + " sets " + firm.get(0).what() + " instead"));
                    }
                }
                same = firm;
            }
            if (same.stream().map(Change::action).distinct().count() > 1) {
                for (Change c : same) {
                    advice.add(new Advice(c.findings().get(0), c.action(), "not generated: rules disagree on "
                            + target(c.action()).substring(target(c.action()).indexOf(':') + 1) + " ("
                            + String.join("; ", same.stream().map(x -> x.rules() + " wants " + x.what()).toList())
                            + "); choose one by hand"));
                }
                continue;
            }
            changes.add(merge(same));
        }
        // a port reservation must be in force before a range that would otherwise hand the port out: every output
        // (drop-in lines, script, Ansible tasks) follows this order
        changes.sort(java.util.Comparator.comparingInt(c -> c.action() instanceof FixAction.SetSysctl s
                && s.key().equals("net.ipv4.ip_local_reserved_ports") ? 0 : 1));
        return new FixPlan(origin, options, changes, advice);
    }

    private static Change merge(List<Change> same) {
        Change first = same.get(0);
        List<Finding> findings = new ArrayList<>();
        FixRisk risk = first.risk();
        boolean review = false;
        for (Change c : same) {
            findings.addAll(c.findings());
            risk = risk.and(c.risk());
            review |= c.review();
        }
        return new Change(findings, first.action(), risk, review, first.current(), first.override());
    }

    private static String target(FixAction a) {
        if (a instanceof FixAction.SetSysctl s) {
            return "sysctl:" + s.key();
        }
        if (a instanceof FixAction.RemoveSysctl r) {
            return "sysctl:" + r.key();
        }
        return "ring:" + ((FixAction.SetRing) a).iface();
    }

    private static String removal(String key, KernelSettings settings) {
        PersistedSysctl p = settings.persisted().get(key);
        String where = p == null ? "" : " (" + p.file() + ":" + p.line() + " sets it)";
        return "delete " + key + " from the sysctl configuration" + where + ": " + new FixAction.RemoveSysctl(key).commandText();
    }

    public Origin origin() {
        return origin;
    }

    public Options options() {
        return options;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Advice> advice() {
        return advice;
    }

    public List<Change> sysctlChanges() {
        return changes.stream().filter(Change::isSysctl).toList();
    }

    public List<Change> ringChanges() {
        return changes.stream().filter(c -> !c.isSysctl()).toList();
    }

    /** The same plan limited to some of its changes (what apply can do here); the advice stays. */
    public FixPlan withChanges(List<Change> kept) {
        return new FixPlan(origin, options, kept, advice);
    }

    /** "live host vm (kernel 6.1.0)" or "snapshot web1.tar.gz (host web1, kernel 4.9.0, collected ...)", one line. */
    public String describeOrigin() {
        String kernel = "kernel " + (origin.kernel() == null ? "unknown" : origin.kernel());
        String text = origin.live()
                ? origin.source() + " host " + origin.hostname() + " (" + kernel + ")"
                : "snapshot " + origin.source() + " (host " + origin.hostname() + ", " + kernel
                        + (origin.collectedAt() == null ? "" : ", collected " + origin.collectedAt()) + ")";
        return SafeValues.oneLine(text);
    }
}
