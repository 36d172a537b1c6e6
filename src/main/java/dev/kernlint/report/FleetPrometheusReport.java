package dev.kernlint.report;

import dev.kernlint.engine.RuleInfo;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fleet as one node_exporter textfile: the host report's series for every judged host (each labelled with its
 * host name), then one series per input that could not be judged, so a dashboard shows a host that went missing
 * instead of a host with no findings.
 */
public final class FleetPrometheusReport implements FleetRenderer {
    private final Map<String, RuleInfo> rules;
    private final Instant finished;

    public FleetPrometheusReport(Map<String, RuleInfo> rules, Instant finished) {
        this.rules = rules;
        this.finished = finished;
    }

    @Override
    public String render(FleetResult fleet) {
        List<PrometheusReport.HostResult> judged = new ArrayList<>();
        List<HostResult> failed = new ArrayList<>();
        for (HostResult h : fleet.hosts()) {
            if (h.failed()) {
                failed.add(h);
            } else {
                judged.add(new PrometheusReport.HostResult(h.name(), h.result(), finished));
            }
        }
        StringBuilder out = new StringBuilder(new PrometheusReport(rules, finished).render(judged));
        PrometheusReport.family(out, "kernlint_fleet_input_error",
                "An input of the last fleet run that could not be judged (1 per input), with the error.");
        for (HostResult h : failed) {
            StringBuilder labels = new StringBuilder();
            PrometheusReport.label(labels, "input", h.input());
            PrometheusReport.label(labels, "error", h.error());
            out.append("kernlint_fleet_input_error{").append(labels).append("} 1\n");
        }
        return out.toString();
    }
}
