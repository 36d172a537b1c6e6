package dev.kernlint.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A captured host: a directory or .tar.gz mirroring the host's paths, plus manifest.json and commands/.
 * What the manifest says could not be read keeps its status (denied, timeout...), so the gap survives capture.
 */
public final class Snapshot implements Source {
    private final String path;
    private final SnapshotTree tree;
    private final Manifest manifest;
    private final String prefix;

    private Snapshot(String path, SnapshotTree tree, Manifest manifest, String prefix) {
        this.path = path;
        this.tree = tree;
        this.manifest = manifest;
        this.prefix = prefix;
    }

    public static Snapshot open(Path p) {
        return of(p, tree(p));
    }

    /** The files of a snapshot directory or archive, whatever format they are in (see {@link Snapshots#open}). */
    static SnapshotTree tree(Path p) {
        if (!Files.exists(p)) {
            throw new SnapshotException("snapshot not found: " + p);
        }
        if (!Files.isReadable(p)) {
            throw new SnapshotException("snapshot not readable: " + p);
        }
        SnapshotTree tree;
        if (Files.isDirectory(p)) {
            tree = new DirectoryTree(p);
        } else if (p.getFileName().toString().endsWith(".tar.gz") || p.getFileName().toString().endsWith(".tgz")) {
            tree = new TarballTree(p);
        } else {
            throw new SnapshotException("not a snapshot (expected a directory or a .tar.gz): " + p);
        }
        return tree;
    }

    /** kernlint's own snapshot in a tree already opened. */
    static Snapshot of(Path p, SnapshotTree tree) {
        byte[] m = tree.bytes(Manifest.FILE);
        Manifest manifest = m == null ? Manifest.empty() : Manifest.parse(new String(m, StandardCharsets.UTF_8));
        if (m == null && tree.list("").stream().noneMatch(n -> n.equals("proc") || n.equals("sys") || n.equals("commands"))) {
            throw new SnapshotException("not a snapshot (no manifest.json, proc/, sys/ or commands/): " + p);
        }
        return new Snapshot(p.toString(), tree, manifest, "");
    }

    /**
     * The later readings listed in manifest.json, each a Source over samples/N/ with that sample's own
     * manifest.json (statuses) and time.
     */
    public java.util.List<Snapshot> samples() {
        java.util.List<Snapshot> out = new java.util.ArrayList<>();
        for (Manifest.SampleRef ref : manifest.samples()) {
            String pre = ref.dir() + "/";
            byte[] m = tree.bytes(pre + Manifest.FILE);
            Manifest own = m == null ? Manifest.empty() : Manifest.parse(new String(m, StandardCharsets.UTF_8));
            Manifest timed = new Manifest(own.format(), manifest.hostname(), ref.collectedAt(), own.kernel(),
                    own.kernlintVersion(), own.items(), java.util.List.of());
            out.add(new Snapshot(path + "!" + ref.dir(), tree, timed, pre));
        }
        return out;
    }

    public Manifest manifest() {
        return manifest;
    }

    private String rel(String path) {
        return prefix + (path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public Input read(String path) {
        String rel = rel(path);
        byte[] b = tree.bytes(rel);
        if (b != null) {
            return Input.ok(path, new String(b, StandardCharsets.UTF_8));
        }
        String unprefixed = rel.substring(prefix.length());
        Manifest.Item item = manifest.items().get(path);
        if (item == null) {
            item = manifest.items().get(unprefixed);
        }
        if (item != null && item.status() != ReadStatus.OK) {
            return Input.failed(path, item.status(), item.detail());
        }
        return Input.failed(path, ReadStatus.MISSING, "not in snapshot");
    }

    @Override
    public BufferedReader open(String path) {
        byte[] b = tree.bytes(rel(path));
        return b == null ? null : new BufferedReader(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8));
    }

    @Override
    public List<String> list(String dir) {
        return tree.list(rel(dir));
    }

    @Override
    public boolean isDirectory(String path) {
        return tree.isDirectory(rel(path));
    }

    @Override
    public Input run(List<String> argv) {
        return read(Source.commandKey(argv));
    }

    @Override
    public String describe() {
        return path;
    }

    @Override
    public String hostname() {
        if (manifest.hostname() != null) {
            return manifest.hostname();
        }
        return read("/proc/sys/kernel/hostname").textIfOk().map(String::strip).orElse("unknown");
    }

    @Override
    public String collectedAt() {
        return manifest.collectedAt();
    }
}
