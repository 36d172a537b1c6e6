package dev.kernlint.source;

import dev.kernlint.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes what a {@link CachingSource} read as a snapshot (design.md): files under their host paths, command
 * output under commands/, and manifest.json with the status of every input, so a gap on the host stays a gap.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {}

    /** Writes a directory, or a .tar.gz when the path ends so; returns the number of files written. */
    public static int write(CachingSource recorded, Path out, String kernlintVersion, String kernel) throws IOException {
        return write(recorded, java.util.List.of(), out, kernlintVersion, kernel);
    }

    /** The same with later samples, written to samples/1, samples/2, ... each with its own manifest.json. */
    public static int write(CachingSource recorded, java.util.List<CachingSource> samples, Path out, String kernlintVersion,
                            String kernel) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        java.util.List<Manifest.SampleRef> refs = new java.util.ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            String dir = "samples/" + (i + 1);
            CachingSource s = samples.get(i);
            Map<String, Manifest.Item> own = new TreeMap<>();
            Map<String, byte[]> sampleFiles = new TreeMap<>();
            s.fileReads().forEach((path, in) -> record(sampleFiles, own, path.startsWith("/") ? path.substring(1) : path, in));
            s.commandRuns().forEach((key, in) -> record(sampleFiles, own, key, in));
            Manifest sm = new Manifest(Manifest.FORMAT, s.hostname(), s.collectedAt(), kernel, kernlintVersion, own, java.util.List.of());
            sampleFiles.put(Manifest.FILE, Json.write(sm.toJson()).getBytes(StandardCharsets.UTF_8));
            sampleFiles.forEach((k, v) -> files.put(dir + "/" + k, v));
            refs.add(new Manifest.SampleRef(dir, s.collectedAt()));
        }
        Map<String, Manifest.Item> items = new TreeMap<>();
        recorded.fileReads().forEach((path, in) -> record(files, items, path.startsWith("/") ? path.substring(1) : path, in));
        recorded.commandRuns().forEach((key, in) -> record(files, items, key, in));
        Manifest m = new Manifest(Manifest.FORMAT, recorded.hostname(), recorded.collectedAt(), kernel, kernlintVersion, items, refs,
                completeTrees(recorded));
        files.put(Manifest.FILE, Json.write(m.toJson()).getBytes(StandardCharsets.UTF_8));
        String name = out.getFileName().toString();
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            writeTarball(files, out, name.replaceFirst("\\.(tar\\.gz|tgz)$", ""));
        } else {
            writeDirectory(files, recorded, out);
        }
        return files.size();
    }

    /** Trees the run walked from a source that holds them whole: the snapshot holds them whole too. */
    static java.util.List<String> completeTrees(CachingSource recorded) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String dir : WHOLE_TREES) {
            if (recorded.capturedWhole(dir) && recorded.listed(dir)) {
                out.add(dir);
            }
        }
        return out;
    }

    /** The trees a collector walks entry by entry (SysctlCollector), so that the walk is the capture. */
    static final java.util.List<String> WHOLE_TREES = java.util.List.of("/proc/sys");

    private static void record(Map<String, byte[]> files, Map<String, Manifest.Item> items, String rel, Input in) {
        items.put(rel, new Manifest.Item(rel, in.status(), in.isOk() ? "" : in.reason()));
        if (in.isOk()) {
            files.put(rel, in.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeDirectory(Map<String, byte[]> files, CachingSource recorded, Path out) throws IOException {
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            throw new SnapshotException("refusing to overwrite " + out + ": give a new directory or a .tar.gz path");
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = out.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    private static void writeTarball(Map<String, byte[]> files, Path out, String top) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".kernlint-", ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp));
             GZIPOutputStream gz = new GZIPOutputStream(os);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(top + "/" + e.getKey());
                entry.setSize(e.getValue().length);
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
