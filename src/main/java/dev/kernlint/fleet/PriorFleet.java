package dev.kernlint.fleet;

import dev.kernlint.engine.HostName;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.json.Json;
import dev.kernlint.report.PriorReport;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `fleet --new-since OLD-FLEET.json`: the earlier fleet report, host by host. A host's findings that its own earlier
 * report had are left out; a host the earlier fleet did not have is all new.
 */
public final class PriorFleet {
    private final Map<String, PriorReport> byHost;

    private PriorFleet(Map<String, PriorReport> byHost) {
        this.byHost = byHost;
    }

    public static PriorFleet load(Path path, Map<String, RuleInfo> rules) {
        String text;
        try {
            text = UserFile.read(path, UserFile.JSON_CAP * 16);
        } catch (UserFile.Unusable e) {
            throw new FleetInputException("--new-since " + path + ": " + e.getMessage());
        }
        Object doc;
        try {
            doc = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new FleetInputException("--new-since " + path + ": not JSON (" + e.getMessage() + ")");
        }
        if (!(doc instanceof Map<?, ?> m) || !dev.kernlint.report.FleetJsonReport.SCHEMA.equals(m.get("schema")) || !(m.get("hosts") instanceof List<?> hosts)) {
            throw new FleetInputException("--new-since " + path + ": not a kernlint fleet report (" + dev.kernlint.report.FleetJsonReport.SCHEMA
                    + "; write one with kernlint fleet --format json=FILE)");
        }
        Map<String, PriorReport> out = new LinkedHashMap<>();
        for (Object o : hosts) {
            if (o instanceof Map<?, ?> h && h.get("report") instanceof Map<?, ?> report && h.get("host") instanceof String name) {
                out.put(name, PriorReport.of(path + " (host " + name + ")", report, rules));
            }
        }
        return new PriorFleet(out);
    }

    /** The earlier report of this host, or null when the earlier fleet did not have it. */
    PriorReport of(String host) {
        PriorReport exact = byHost.get(host);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, PriorReport> e : byHost.entrySet()) {
            if (!HostName.differ(e.getKey(), host) && !host.equals("unknown")) {
                return e.getValue();
            }
        }
        return null;
    }
}
