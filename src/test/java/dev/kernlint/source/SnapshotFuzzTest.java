package dev.kernlint.source;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.json.Json;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzz targets for what a snapshot file holds: the archive (through the public Snapshot.open on a file, whatever
 * reader is behind it) and manifest.json. Opening and reading either works or throws SnapshotException.
 * Seeds: SnapshotFuzzTestInputs/METHOD/ (fixture snapshots packed as tar.gz, their manifests).
 */
class SnapshotFuzzTest {
    private static final Path DIR = tempDir();
    /** How many entries a target walks: enough for the fixture snapshots, bounded for a million-entry archive. */
    private static final int WALK = 2000;

    /** The bytes as a .tar.gz file: gzip, tar and snapshot layout all come from the fuzzer. */
    @FuzzTest
    void tarGz(byte[] data) throws IOException {
        openAndRead(data);
    }

    /** The bytes as a tar, gzipped here: the fuzzer spends its time on the tar headers and the snapshot layout. */
    @FuzzTest
    void tar(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        openAndRead(out.toByteArray());
    }

    /** manifest.json text; a manifest that parses survives its own JSON unchanged. */
    @FuzzTest
    void manifest(byte[] data) {
        Manifest m;
        try {
            m = Manifest.parse(text(data));
        } catch (SnapshotException expected) {
            return;
        }
        check(Manifest.parse(Json.write(m.toJson())).equals(m), "a manifest round-trips through toJson");
    }

    private static void openAndRead(byte[] archive) throws IOException {
        Path file = DIR.resolve("fuzz.tar.gz");
        Files.write(file, archive);
        Snapshot s;
        try {
            s = Snapshot.open(file);
        } catch (SnapshotException expected) {
            return;
        }
        read(s);
        for (Snapshot sample : s.samples()) {
            read(sample);
        }
    }

    private static void read(Snapshot s) throws IOException {
        s.hostname();
        s.collectedAt();
        s.read("/proc/meminfo");
        s.run(List.of("ethtool", "-g", "eth0"));
        Deque<String> dirs = new ArrayDeque<>(List.of(""));
        int seen = 0;
        while (!dirs.isEmpty() && seen < WALK) {
            String dir = dirs.pop();
            for (String name : s.list(dir)) {
                check(!name.isEmpty() && name.indexOf('/') < 0, "list gives entry names");
                String path = dir.isEmpty() ? name : dir + "/" + name;
                if (++seen > WALK) {
                    break;
                }
                if (s.isDirectory(path)) {
                    dirs.push(path);
                    continue;
                }
                Input in = s.read(path);
                check(in.isOk() == (in.text() != null), "an input has text exactly when it is OK");
                try (BufferedReader r = s.open(path)) {
                    if (r != null) {
                        r.readLine();
                    }
                }
            }
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("kernlint-fuzz");
            d.toFile().deleteOnExit();
            d.resolve("fuzz.tar.gz").toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
