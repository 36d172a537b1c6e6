package dev.kernlint.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Reads {@link RuleInfo} from a rule's DRL annotations. */
final class RuleMetadata {
    private RuleMetadata() {}

    /** The rule's @id, or its name when it has none: what findings, profiles and waivers call it. */
    static String id(Rule r) {
        return text(r.getMetaData(), "id", r.getName());
    }

    static RuleInfo read(Rule r) {
        Map<String, Object> m = r.getMetaData();
        String id = text(m, "id", r.getName());
        Severity sev = Severity.parse(text(m, "severity", "warning"));
        List<String> inputs = list(text(m, "inputs", ""));
        return new RuleInfo(id, sev == null ? Severity.WARNING : sev, text(m, "area", "other"), text(m, "title", id),
                text(m, "rationale", ""), text(m, "remediation", ""), text(m, "fix", "none"),
                inputs, list(text(m, "thresholds", "")), text(m, "kind", "S"), risk(id, m),
                list(text(m, "subject", "")));
    }

    /** @reboot, @disruption, @reversible: all three or none (then the action type decides, see FixRisk.defaultFor). */
    private static FixRisk risk(String id, Map<String, Object> m) {
        String reboot = text(m, "reboot", null);
        String disruption = text(m, "disruption", null);
        String reversible = text(m, "reversible", null);
        if (reboot == null && disruption == null && reversible == null) {
            return null;
        }
        if (reboot == null || disruption == null || reversible == null) {
            throw new RuleBookException("rule " + id + ": give all of @reboot, @disruption and @reversible, or none");
        }
        try {
            return new FixRisk(yesNo(id, "reboot", reboot), disruption, yesNo(id, "reversible", reversible));
        } catch (IllegalArgumentException e) {
            throw new RuleBookException("rule " + id + ": @" + e.getMessage());
        }
    }

    private static boolean yesNo(String id, String name, String v) {
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new RuleBookException("rule " + id + ": @" + name + " must be \"yes\" or \"no\", not '" + v + "'");
        };
    }

    /** Several DRL rules may share one id (the halves of a rule); keep the one that carries the metadata. */
    static RuleInfo richer(RuleInfo a, RuleInfo b) {
        return a.rationale().length() >= b.rationale().length() ? a : b;
    }

    private static List<String> list(String csv) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
    }

    private static String text(Map<String, Object> m, String key, String dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        String s = v.toString();
        // DRL keeps the quotes of annotation strings in some builds
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
