package dev.kernlint.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.report.JsonReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Validates reports against their JSON Schemas, offline: docs/report.schema.json (the kernlint-report/1 contract)
 * and the OASIS SARIF 2.1.0 schema under src/test/resources/schemas. Tests that write a JSON report go through
 * {@link #json}, so every report the suite produces is checked.
 */
public final class ReportSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema report;
    private static JsonSchema sarif;

    private ReportSchemas() {}

    private static JsonSchema load(Path file, SpecVersion.VersionFlag version) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(version).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized JsonSchema report() {
        if (report == null) {
            report = load(Path.of("docs/report.schema.json"), SpecVersion.VersionFlag.V202012);
        }
        return report;
    }

    private static synchronized JsonSchema sarif() {
        if (sarif == null) {
            sarif = load(Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json"), SpecVersion.VersionFlag.V7);
        }
        return sarif;
    }

    public static Set<ValidationMessage> reportErrors(String json) {
        return validate(report(), json);
    }

    public static Set<ValidationMessage> sarifErrors(String json) {
        return validate(sarif(), json);
    }

    public static void assertValidReport(String json) {
        check("kernlint-report/1", reportErrors(json), json);
    }

    private static JsonSchema fleet;

    private static synchronized JsonSchema fleet() {
        if (fleet == null) {
            fleet = load(Path.of("docs/fleet.schema.json"), SpecVersion.VersionFlag.V202012);
        }
        return fleet;
    }

    /** A kernlint-fleet/1 report: the fleet schema, and each host's report against the host report schema. */
    public static void assertValidFleet(String json) {
        check("kernlint-fleet/1", validate(fleet(), json), json);
        try {
            for (JsonNode h : MAPPER.readTree(json).get("hosts")) {
                if (!h.get("report").isNull()) {
                    assertValidReport(MAPPER.writeValueAsString(h.get("report")));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage());
        }
    }

    public static void assertValidSarif(String json) {
        check("SARIF 2.1.0", sarifErrors(json), json);
    }

    /** The JSON report of a result, validated against the schema. */
    public static String json(AuditResult r) {
        String json = new JsonReport().render(r);
        assertValidReport(json);
        return json;
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return schema.validate(node);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage());
        }
    }

    private static void check(String what, Set<ValidationMessage> errors, String json) {
        if (!errors.isEmpty()) {
            fail("not valid " + what + ": " + errors + "\n" + (json.length() > 4000 ? json.substring(0, 4000) + "..." : json));
        }
    }
}
