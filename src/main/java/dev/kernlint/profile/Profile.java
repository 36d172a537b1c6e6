package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.fact.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A baseline, already merged with what it extends: rule thresholds, expected kernel parameters and NIC rings,
 * per-rule settings.
 *
 * @param thresholds rule id -> threshold name -> value (thresholds.NET-TW-PORT-EXHAUSTION.warn: 0.5)
 * @param rules      rule id -> enabled / severity override
 * @param rings      expected NIC ring sizes (rings.IFACE.rx), KERN-SYSCTL-BASELINE's counterpart NIC-RING-BASELINE
 * @param baselineSeverity severity of a baseline mismatch when an entry does not name its own
 * @param lineage    where the profile came from, the profile itself first, then what it extends
 */
public record Profile(String name, String origin, String description, Map<String, Map<String, Double>> thresholds,
                      List<ExpectedSysctl> sysctl, Map<String, RuleSetting> rules, List<ExpectedRing> rings,
                      Severity baselineSeverity, List<String> lineage) {

    /** A profile without ring expectations, as the first version of this record had it. */
    public Profile(String name, String origin, String description, Map<String, Map<String, Double>> thresholds,
                   List<ExpectedSysctl> sysctl, Map<String, RuleSetting> rules) {
        this(name, origin, description, thresholds, sysctl, rules, List.of(), Severity.WARNING, List.of(origin));
    }

    public record RuleSetting(boolean enabled, Severity severity) {}

    public List<Threshold> thresholdFacts() {
        List<Threshold> out = new ArrayList<>();
        thresholds.forEach((rule, m) -> m.forEach((name, v) -> out.add(new Threshold(rule, name, v))));
        return out;
    }

    public boolean enabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.enabled();
    }

    public Severity severityOverride(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s == null ? null : s.severity();
    }
}
