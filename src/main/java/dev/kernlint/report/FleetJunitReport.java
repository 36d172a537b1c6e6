package dev.kernlint.report;

import dev.kernlint.engine.RuleInfo;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import java.util.Map;

/** JUnit XML with a testsuite per host (the host report's suite); a host that could not be judged is one error. */
public final class FleetJunitReport implements FleetRenderer {
    private final JunitReport host;

    public FleetJunitReport(Map<String, RuleInfo> rules) {
        this.host = new JunitReport(rules);
    }

    @Override
    public String render(FleetResult f) {
        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        int errors = 0;
        for (HostResult h : f.hosts()) {
            if (h.result() == null) {
                errors++;
                tests++;
                suites.append("  <testsuite name=\"").append(JunitReport.attr("kernlint " + h.name()))
                        .append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\" hostname=\"")
                        .append(JunitReport.attr(h.name())).append("\">\n    <testcase classname=\"kernlint.input\" name=\"")
                        .append(JunitReport.attr(h.input())).append("\" time=\"0\">\n      <error type=\"input\" message=\"")
                        .append(JunitReport.attr(h.error())).append("\"/>\n    </testcase>\n  </testsuite>\n");
                continue;
            }
            JunitReport.Suite s = host.suite(h.result());
            suites.append(s.xml());
            tests += s.tests();
            failures += s.failures();
            skipped += s.skipped();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kernlint fleet\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\""
                + String.format(java.util.Locale.ROOT, "%.3f", f.durationMillis() / 1000.0) + "\">\n" + suites + "</testsuites>\n";
    }
}
