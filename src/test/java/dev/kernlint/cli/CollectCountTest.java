package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** collect's line counts and words what is not ok exactly as its manifest.json does. */
class CollectCountTest {
    @TempDir
    Path dir;

    @Test
    void theLineAndTheManifestAgree() throws IOException {
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("proc/self"));
        Files.writeString(root.resolve("proc/self/mounts"), "sysfs /sys sysfs rw 0 0\n");
        Path out = dir.resolve("snap");
        Cli c = Cli.run("collect", "--root", root.toString(), "-o", out.toString());
        assertEquals(0, c.exit(), c.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(Files.readString(out.resolve("manifest.json")))).get("items");
        long notOk = items.stream().filter(i -> !"ok".equals(i.get("status"))).count();
        long missing = items.stream().filter(i -> "missing".equals(i.get("status"))).count();
        Matcher m = Pattern.compile("\\((\\d+) manifest entries not ok: (.*); see manifest.json\\)").matcher(c.err());
        assertTrue(m.find(), c.err());
        assertEquals(notOk, Long.parseLong(m.group(1)), c.err());
        assertTrue(m.group(2).contains(missing + " missing"), c.err());
    }
}
