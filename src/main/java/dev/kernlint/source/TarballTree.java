package dev.kernlint.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A .tar.gz snapshot held in memory. Snapshots are a few MB; limits stop a hostile or runaway archive.
 * Entries may be stored under one top directory ("host-2026-11-24/proc/meminfo"): it is stripped when the
 * archive has manifest.json there.
 */
final class TarballTree implements SnapshotTree {
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_ENTRIES = 500_000;

    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, TreeSet<String>> children = new HashMap<>();

    TarballTree(Path tarball) {
        Map<String, byte[]> raw = new HashMap<>();
        long total = 0;
        int count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new SnapshotException(tarball + ": more than " + MAX_ENTRIES + " entries, not a snapshot");
                }
                if (!e.isFile()) {
                    continue;
                }
                String name = clean(e.getName());
                if (name == null) {
                    throw new SnapshotException(tarball + ": unsafe path in archive: " + e.getName());
                }
                total += e.getSize();
                if (total > MAX_TOTAL_BYTES) {
                    throw new SnapshotException(tarball + ": larger than 1 GiB unpacked, not a snapshot");
                }
                // the entry's size is known: one array of that size, not readAllBytes' growing copies
                byte[] content = new byte[(int) e.getSize()];
                if (org.apache.commons.compress.utils.IOUtils.readFully(tar, content) != content.length) {
                    throw new SnapshotException(tarball + ": truncated archive (" + e.getName() + " is cut short)");
                }
                raw.put(name, content);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new SnapshotException(tarball + ": not a readable .tar.gz (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new SnapshotException(tarball + ": cannot read archive (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new SnapshotException(tarball + ": corrupt tar entry (" + e.getMessage() + ")");
        }
        if (raw.isEmpty()) {
            throw new SnapshotException(tarball + ": archive holds no files");
        }
        String prefix = commonTopDirectory(raw);
        for (Map.Entry<String, byte[]> en : raw.entrySet()) {
            String rel = en.getKey().substring(prefix.length());
            files.put(rel, en.getValue());
            String parent = "";
            for (String part : rel.split("/")) {
                children.computeIfAbsent(parent, k -> new TreeSet<>()).add(part);
                parent = parent.isEmpty() ? part : parent + "/" + part;
            }
        }
    }

    private static String commonTopDirectory(Map<String, byte[]> raw) {
        if (raw.containsKey(Manifest.FILE)) {
            return "";
        }
        for (String k : raw.keySet()) {
            if (k.endsWith("/" + Manifest.FILE) && k.indexOf('/') == k.length() - Manifest.FILE.length() - 1) {
                return k.substring(0, k.length() - Manifest.FILE.length());
            }
        }
        return "";
    }

    private static String clean(String name) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        if (n.startsWith("/") || n.isEmpty()) {
            return null;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        return n;
    }

    @Override
    public byte[] bytes(String rel) {
        return files.get(rel);
    }

    @Override
    public List<String> list(String rel) {
        TreeSet<String> c = children.get(rel);
        return c == null ? List.of() : new ArrayList<>(c);
    }

    @Override
    public boolean isDirectory(String rel) {
        return rel.isEmpty() || children.containsKey(rel);
    }
}
