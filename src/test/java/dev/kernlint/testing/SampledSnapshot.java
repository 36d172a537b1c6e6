package dev.kernlint.testing;

import dev.kernlint.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a snapshot with samples in the layout `collect --samples` writes: the base reading at the top,
 * samples/1..N beside it, and manifest.json listing each with its time.
 */
public final class SampledSnapshot {
    public static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private SampledSnapshot() {}

    /** readings.get(0) is the base; each reading maps snapshot-relative paths to file text. */
    public static Path build(Path dir, List<Map<String, String>> readings, int intervalSeconds) {
        try {
            List<Object> refs = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                Path root = i == 0 ? dir : dir.resolve("samples/" + i);
                for (Map.Entry<String, String> e : readings.get(i).entrySet()) {
                    Path p = root.resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue());
                }
                String at = T0.plusSeconds((long) i * intervalSeconds).toString();
                if (i > 0) {
                    Files.writeString(root.resolve("manifest.json"), Json.write(manifest(at, List.of())));
                    Map<String, Object> ref = new LinkedHashMap<>();
                    ref.put("dir", "samples/" + i);
                    ref.put("collected_at", at);
                    refs.add(ref);
                }
            }
            Files.writeString(dir.resolve("manifest.json"), Json.write(manifest(T0.toString(), refs)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> manifest(String at, List<Object> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "kernlint-snapshot/1");
        m.put("hostname", "fixture");
        m.put("collected_at", at);
        m.put("items", List.of());
        if (!samples.isEmpty()) {
            m.put("samples", samples);
        }
        return m;
    }

    /** /proc/net/tcp text with {@code closeWait} CLOSE_WAIT sockets on 127.0.0.1:8080 and one listener. */
    public static String tcpTable(int closeWait) {
        StringBuilder sb = new StringBuilder(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n");
        sb.append("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1000 1 0000000000000000 100 0 0 10 0\n");
        for (int i = 0; i < closeWait; i++) {
            sb.append(String.format("%4d: 0100007F:1F90 0100007F:%04X 08 00000000:00000000 00:00000000 00000000  1000        0 %d 1 0000000000000000 20 4 30 10 -1%n",
                    i + 1, 40000 + i, 2000 + i));
        }
        return sb.toString();
    }
}
