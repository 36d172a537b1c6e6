package dev.kernlint.report;

import dev.kernlint.engine.RuleInfo;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import dev.kernlint.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 with a run per host (the host report's run); a host that could not be judged is a failed run. */
public final class FleetSarifReport implements FleetRenderer {
    private final SarifReport host;

    public FleetSarifReport(Map<String, RuleInfo> rules) {
        this.host = new SarifReport(rules);
    }

    @Override
    public String render(FleetResult f) {
        List<Object> runs = new ArrayList<>();
        for (HostResult h : f.hosts()) {
            if (h.result() != null) {
                runs.add(host.run(h.result()));
                continue;
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("tool", Map.of("driver", Json.object("name", "kernlint", "version", dev.kernlint.cli.Version.VERSION)));
            run.put("automationDetails", Map.of("id", "kernlint/" + h.name() + "/"));
            run.put("invocations", List.of(Json.object("executionSuccessful", false, "toolExecutionNotifications",
                    List.of(Json.object("level", "error", "message", Map.of("text", h.input() + ": " + h.error()))))));
            run.put("results", List.of());
            runs.add(run);
        }
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SarifReport.SCHEMA_URI);
        log.put("version", "2.1.0");
        log.put("runs", runs);
        return Json.write(log);
    }
}
