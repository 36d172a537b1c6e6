package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `kernlint baseline` from a snapshot whose host name tries to add a rules: section to the profile it writes. */
class BaselineInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"web1\nrules: {NET-TW-RECYCLE: {enabled: false}}", "web1\r\nrules:\n  NET-TW-RECYCLE: {enabled: false}",
            "web1\u2028rules: {NET-TW-RECYCLE: {enabled: false}}", "web1\u0085rules: {NET-TW-RECYCLE: {enabled: false}}",
            "web1 # rules: {NET-TW-RECYCLE: {enabled: false}}", "!!map {rules: {NET-TW-RECYCLE: {enabled: false}}}"})
    void aHostNameCannotInjectRules(String host, @TempDir Path dir) throws Exception {
        Path snap = dir.resolve("snap");
        Files.createDirectories(snap.resolve("proc/sys/net/core"));
        Files.writeString(snap.resolve("proc/sys/net/core/somaxconn"), "4096\n");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "kernlint-snapshot/1");
        m.put("hostname", host);
        m.put("collected_at", "2026-01-01T00:00:00Z");
        m.put("kernel", "6.1.0\nrules: {X: {enabled: false}}");
        m.put("items", List.of());
        Files.writeString(snap.resolve("manifest.json"), Json.write(m));
        Path out = dir.resolve("pinned.yaml");
        Cli c = Cli.run("baseline", "--snapshot", snap.toString(), "--key", "net.core.*", "-o", out.toString());
        assertEquals(0, c.exit(), c.err());
        String yaml = Files.readString(out);
        Profile back = ProfileLoader.load(out.toString());
        assertTrue(back.enabled("NET-TW-RECYCLE"), yaml);
        assertFalse(yaml.lines().anyMatch(l -> l.startsWith("rules")), yaml);
        assertTrue(back.description().startsWith("Pinned from " + host + " ("), back.description());
        assertTrue(yaml.startsWith("# Written by `kernlint baseline` from (see description) ("), yaml);
        assertTrue(back.name().endsWith("-baseline") && back.name().matches("[A-Za-z0-9_.-]+"), back.name());
        assertEquals("4096", back.sysctl().stream().filter(e -> e.key().equals("net.core.somaxconn")).findFirst()
                .map(e -> e.allowed().isEmpty() ? String.valueOf(e.boundValue()) : e.allowed().get(0)).orElse("absent"));
    }
}
