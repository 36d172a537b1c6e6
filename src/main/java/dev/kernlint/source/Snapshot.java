package dev.kernlint.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A captured host: a directory or tar archive mirroring the host's paths, plus manifest.json and commands/.
 * What the manifest says could not be read keeps its status (denied, timeout...), so the gap survives capture.
 */
public final class Snapshot implements Source {
    private final String path;
    private final SnapshotTree tree;
    private final Manifest manifest;
    private final String prefix;
    /** Samples share their parent's tree: only the parent closes it. */
    private final boolean ownsTree;

    private Snapshot(String path, SnapshotTree tree, Manifest manifest, String prefix, boolean ownsTree) {
        this.path = path;
        this.tree = tree;
        this.manifest = manifest;
        this.prefix = prefix;
        this.ownsTree = ownsTree;
    }

    public static Snapshot open(Path p) {
        return open(p, ReadCaps.DEFAULT);
    }

    /** A directory or a tar archive (plain, gzip, xz or bzip2: told by content, never by name), read within caps. */
    public static Snapshot open(Path p, ReadCaps caps) {
        SnapshotTree tree = SnapshotTree.open(p, caps);
        if (tree == null) {
            throw new SnapshotException("not a snapshot (expected a directory or a tar archive, plain or compressed"
                    + " with gzip, xz or bzip2): " + p);
        }
        return of(p, tree);
    }

    /** kernlint's own snapshot in a tree already opened (see {@link Snapshots#open}); closes the tree when it is none. */
    static Snapshot of(Path p, SnapshotTree tree) {
        try {
            Manifest manifest = manifest(tree, "");
            if (manifest == null && tree.list("").stream().noneMatch(n -> n.equals("proc") || n.equals("sys") || n.equals("commands"))) {
                throw new SnapshotException("not a snapshot (no manifest.json, proc/, sys/ or commands/): " + p);
            }
            return new Snapshot(p.toString(), tree, manifest == null ? Manifest.empty() : manifest, "", true);
        } catch (RuntimeException e) {
            tree.close();
            throw e;
        }
    }

    /** The manifest under PREFIX, null when there is none; one that cannot be read makes the snapshot unusable. */
    private static Manifest manifest(SnapshotTree tree, String prefix) {
        TreeFile m = tree.read(prefix + Manifest.FILE);
        if (m.status() == ReadStatus.MISSING) {
            return null;
        }
        if (!m.isOk()) {
            throw new SnapshotException(prefix + Manifest.FILE + ": " + m.detail());
        }
        return Manifest.parse(new String(m.bytes(), StandardCharsets.UTF_8));
    }

    /**
     * The later readings listed in manifest.json, each a Source over samples/N/ with that sample's own
     * manifest.json (statuses) and time.
     */
    public java.util.List<Snapshot> samples() {
        java.util.List<Snapshot> out = new java.util.ArrayList<>();
        for (Manifest.SampleRef ref : manifest.samples()) {
            String pre = ref.dir() + "/";
            Manifest own = manifest(tree, pre);
            own = own == null ? Manifest.empty() : own;
            // a sample holds the inputs that change over time, never a whole tree
            Manifest timed = new Manifest(own.format(), manifest.hostname(), ref.collectedAt(), own.kernel(),
                    own.kernlintVersion(), own.items(), java.util.List.of(), java.util.List.of());
            out.add(new Snapshot(path + "!" + ref.dir(), tree, timed, pre, false));
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
        TreeFile f = tree.read(rel);
        if (f.isOk()) {
            return Input.ok(path, new String(f.bytes(), StandardCharsets.UTF_8));
        }
        if (f.status() != ReadStatus.MISSING) {
            return Input.failed(path, f.status(), f.detail());
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
        TreeFile f = tree.read(rel(path));
        return f.isOk() ? new BufferedReader(new InputStreamReader(new ByteArrayInputStream(f.bytes()), StandardCharsets.UTF_8)) : null;
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

    /**
     * Only a manifest that lists the tree under "complete" (written by collect since 0.x.y) says so. An older
     * kernlint manifest lists the files read, never the directory listings, so it cannot show that nothing was
     * left out: such a snapshot counts as partial.
     */
    @Override
    public boolean capturedWhole(String dir) {
        return manifest.complete().contains(dir);
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

    @Override
    public void close() {
        if (ownsTree) {
            tree.close();
        }
    }
}
