package dev.kernlint.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global "findings": a rule consequence reports here, e.g.
 * <pre>findings.add(kcontext, "tcp_tw_recycle is 1").evidence("key", $s.key()).setSysctl("net.ipv4.tcp_tw_recycle", "0");</pre>
 * The rule's id, title, severity and remediation come from its metadata, so the DRL says each only once.
 */
public final class FindingSink {
    private final List<Draft> drafts = new ArrayList<>();

    public Draft add(RuleContext ctx, String message) {
        Draft d = new Draft(RuleMetadata.id(ctx.getRule()), message);
        drafts.add(d);
        return d;
    }

    public List<Draft> drafts() {
        return drafts;
    }

    /**
     * A rule that could not judge one subject because the input lacks it (a kernel parameter missing from a partial
     * snapshot): the audit reports one gap per rule, input and reason, naming every such subject, e.g.
     * <pre>findings.missing(kcontext, "/proc/sys", "not in this snapshot (...)", $k);</pre>
     */
    public void missing(RuleContext ctx, String input, String reason, String subject) {
        missing.computeIfAbsent(new MissingKey(RuleMetadata.id(ctx.getRule()), input, reason), k -> new java.util.TreeSet<>())
                .add(subject);
    }

    /** The subjects each rule could not judge, by rule, input and reason. */
    public Map<MissingKey, java.util.SortedSet<String>> missing() {
        return missing;
    }

    public record MissingKey(String rule, String input, String reason) {}

    private final Map<MissingKey, java.util.SortedSet<String>> missing = new LinkedHashMap<>();

    /** A finding being filled in by a consequence. */
    public static final class Draft {
        final String rule;
        final String message;
        final Map<String, Object> evidence = new LinkedHashMap<>();
        final List<FixAction> fixes = new ArrayList<>();
        final List<dev.kernlint.shell.ShellPipeline> advice = new ArrayList<>();
        Severity severity;

        Draft(String rule, String message) {
            this.rule = rule;
            this.message = message;
        }

        public Draft evidence(String key, Object value) {
            evidence.put(key, value);
            return this;
        }

        /** Overrides the rule's default severity, for rules with two levels (warn 50%, crit 80%). */
        public Draft severity(String s) {
            Severity parsed = Severity.parse(s);
            if (parsed == null) {
                throw new IllegalArgumentException("rule " + rule + " set unknown severity " + s);
            }
            this.severity = parsed;
            return this;
        }

        public Draft setSysctl(String key, Object value) {
            fixes.add(new FixAction.SetSysctl(key, String.valueOf(value)));
            return this;
        }

        public Draft removeSysctl(String key) {
            fixes.add(new FixAction.RemoveSysctl(key));
            return this;
        }

        public Draft setRing(String iface, Long rx, Long tx) {
            // nothing to set (a profile asking for more than the hardware has): no fix rather than an empty command
            if (rx == null && tx == null) {
                return this;
            }
            fixes.add(new FixAction.SetRing(iface, rx, tx));
            return this;
        }

        /** Commands for a person to run, printed with the remediation; `fix` never runs or writes them. */
        public Draft advise(List<dev.kernlint.shell.ShellPipeline> commands) {
            advice.addAll(commands);
            return this;
        }

        public String rule() {
            return rule;
        }
    }
}
