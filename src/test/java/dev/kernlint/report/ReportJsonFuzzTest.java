package dev.kernlint.report;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import dev.kernlint.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzz targets for the JSON reader (Json.parse, which manifest.json and --new-since go through) and the earlier
 * report reader (PriorReport). Seeds: ReportJsonFuzzTestInputs/METHOD/ (golden JSON reports, manifests).
 */
class ReportJsonFuzzTest {
    /** One rule with a declared subject and one without: both ways PriorReport recomputes a fingerprint. */
    private static final Map<String, RuleInfo> RULES = Map.of(
            "NET-SOMAXCONN", new RuleInfo("NET-SOMAXCONN", Severity.WARNING, "net", "t", "r", "m", "generate",
                    List.of("/proc/sys/net/core/somaxconn"), List.of(), "sysctl", null, List.of("key")),
            "MEM-SWAPPINESS", new RuleInfo("MEM-SWAPPINESS", Severity.INFO, "mem", "t", "r", "m", "none",
                    List.of(), List.of(), "sysctl"));

    /** Any text parses or throws JsonException; what parses, written and parsed again, is the same value. */
    @FuzzTest
    void json(byte[] data) {
        Object v;
        try {
            v = Json.parse(text(data));
        } catch (Json.JsonException expected) {
            return;
        }
        Object again = Json.parse(Json.write(v));
        check(finite(v).equals(finite(again)) || (v == null && again == null), "Json.write then Json.parse gives the value back");
    }

    @FuzzTest
    void priorReport(byte[] data) {
        try {
            PriorReport.parse("prior.json", text(data), RULES);
        } catch (ReportException expected) {
        }
    }

    /** Json.write writes a number JSON cannot hold (1e999 reads as Infinity) as null: compare them so. */
    private static Object finite(Object v) {
        if (v instanceof Double d && (d.isInfinite() || d.isNaN())) {
            return "null";
        }
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, finite(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(finite(x)));
            return out;
        }
        return v;
    }
}
