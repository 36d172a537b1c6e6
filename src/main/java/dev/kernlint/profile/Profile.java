package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.fact.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A baseline: rule thresholds, expected kernel parameters and per-rule settings.
 *
 * @param thresholds rule id -> threshold name -> value (thresholds.NET-TW-PORT-EXHAUSTION.warn: 0.5)
 * @param rules      rule id -> enabled / severity override
 */
public record Profile(String name, String origin, String description, Map<String, Map<String, Double>> thresholds,
                      List<ExpectedSysctl> sysctl, Map<String, RuleSetting> rules) {

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
