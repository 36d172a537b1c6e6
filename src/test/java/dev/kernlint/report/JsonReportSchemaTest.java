package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.json.Json;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.ReportSchemas;
import dev.kernlint.testing.RichResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/report.schema.json is the contract of the JSON report: every report the fixtures give must satisfy it. */
class JsonReportSchemaTest {
    /** Every fixture snapshot of the suite, so new fixtures are checked too. */
    static List<String> fixtures() {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/snapshots"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyFixtureWithEveryBundledProfileGivesAValidReport() {
        int n = 0;
        for (String snapshot : fixtures()) {
            for (String profile : ProfileLoader.bundled()) {
                ReportSchemas.json(Fixtures.audit(snapshot, ProfileLoader.load(profile)));
                n++;
            }
        }
        assertTrue(n >= 10, "checked " + n + " reports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void waiversAndNewSinceAreInTheReportAndTheSchema() {
        AuditResult r = RichResult.build();
        Map<String, Object> doc = (Map<String, Object>) Json.parse(ReportSchemas.json(r));
        List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
        Map<String, Object> waived = findings.stream().filter(f -> f.get("rule").equals("NET-TW-RECYCLE")).findFirst().orElseThrow();
        assertEquals(true, waived.get("waived"));
        assertEquals("net-team", ((Map<String, Object>) waived.get("waiver")).get("owner"));
        Map<String, Object> expired = findings.stream().filter(f -> f.get("rule").equals("NET-SOMAXCONN-LOW")).findFirst().orElseThrow();
        assertEquals(false, expired.get("waived"));
        assertEquals(true, ((Map<String, Object>) expired.get("waiver")).get("expired"));
        List<Map<String, Object>> waivers = (List<Map<String, Object>>) doc.get("waivers");
        assertEquals(List.of("applied", "expired", "stale"), waivers.stream().map(w -> w.get("status")).toList());
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        assertEquals(1L, summary.get("waived"));
        assertEquals(1L, summary.get("critical"), "NET-SOMAXCONN-LOW (critical in web-server, waiver expired) counts, the waived NET-TW-RECYCLE not");
        assertEquals(0L, ((Map<String, Object>) doc.get("new_since")).get("known"));
    }

    @Test
    void theSchemaRejectsWhatBreaksTheContract() {
        String good = new JsonReport().render(Fixtures.audit("ci-web1"));
        ReportSchemas.assertValidReport(good);
        assertFalse(ReportSchemas.reportErrors(good.replace("\"severity\": \"critical\"", "\"severity\": \"crit\"")).isEmpty());
        assertFalse(ReportSchemas.reportErrors(good.replace("kernlint-report/1", "kernlint-report/2")).isEmpty());
        assertFalse(ReportSchemas.reportErrors(good.replace("\"findings\":", "\"finding\":")).isEmpty());
        assertFalse(ReportSchemas.reportErrors(good.replaceFirst("\"hostname\": \"web1\"", "\"hostname\": 1")).isEmpty());
        // the host object stays open: collectors may add an inventory without a new schema version
        assertTrue(ReportSchemas.reportErrors(good.replaceFirst("\"hostname\": \"web1\",",
                "\"hostname\": \"web1\", \"inventory\": {\"cpu\": {\"sockets\": 2}},")).isEmpty());
    }
}
