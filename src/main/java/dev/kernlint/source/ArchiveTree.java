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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A tar archive, plain or compressed with gzip, xz or bzip2 (told by content: {@link Compression}), read once.
 * Links are kept as links and resolved by {@link PathWalk} like a directory's, hard links as links to their target;
 * devices and FIFOs are "not a regular file"; a file above the read cap is a gap, skipped unread. When every entry
 * sits under one top directory ("sosreport-host-2026-.../"), it is stripped. Unpacking is bounded by
 * {@link UnpackBudget}; entry paths by {@link #MAX_DEPTH} and {@link PathWalk#MAX_PATH}.
 */
final class ArchiveTree implements SnapshotTree, PathWalk.Nodes {
    static final int MAX_ENTRIES = 200_000;
    static final int MAX_DEPTH = 256;
    /** Top directories of a snapshot itself: an archive of proc/ alone keeps its proc/. */
    private static final Set<String> ROOT_NAMES = Set.of("proc", "sys", "etc", "commands", "samples", "dev", "run",
            "var", "usr", "lib", "boot", "sos_commands", "sos_reports");

    /** One entry: its kind, its link target, or where its bytes are (-1: above the read cap). */
    private record Node(PathWalk.Kind kind, String target, int content) {}

    /** The answer of a walk to an entry whose every parent is a directory entry, not a link: the entry itself. */
    private final Map<String, PathWalk.Result> direct = new HashMap<>();

    private static final Node DIR = new Node(PathWalk.Kind.DIRECTORY, null, -1);
    private static final Node TOO_BIG = new Node(PathWalk.Kind.FILE, null, -1);

    private final ReadCaps caps;
    private final EntryStore store;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, TreeSet<String>> children = new HashMap<>();
    /** Parents known to be reached through directories only; collectors read on several threads. */
    private final Map<String, Boolean> plainParents = new ConcurrentHashMap<>();
    private final Compression compression;
    private long stored;

    private ArchiveTree(ReadCaps caps, Compression compression, long memoryBudget) {
        this.caps = caps;
        this.compression = compression;
        this.store = new EntryStore(memoryBudget);
    }

    /** The archive at {@code file}, or null when its content is no tar archive kernlint knows. */
    static ArchiveTree open(Path file, ReadCaps caps) {
        return open(file, caps, EntryStore.MEMORY_BUDGET);
    }

    static ArchiveTree open(Path file, ReadCaps caps, long memoryBudget) {
        Compression c;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[Compression.HEAD];
            c = Compression.detect(head, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw new SnapshotException(file + ": " + IoProblem.words(e));
        }
        if (c == null) {
            return null;
        }
        ArchiveTree t = new ArchiveTree(caps, c, memoryBudget);
        try {
            t.load(file);
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        return t;
    }

    Compression compression() {
        return compression;
    }

    private void load(Path file) {
        Map<String, Node> raw = new HashMap<>();
        String what = file + ": ";
        try (InputStream fin = Files.newInputStream(file)) {
            UnpackBudget.Counted counted = new UnpackBudget.Counted(new BufferedInputStream(fin, 64 * 1024));
            UnpackBudget budget = new UnpackBudget(compression.open(counted), counted, caps.maxSnapshotBytes());
            TarArchiveInputStream tar = new TarArchiveInputStream(budget);
            int count = 0;
            while (true) {
                budget.headerStarts();
                TarArchiveEntry e = tar.getNextEntry();
                budget.headerEnds();
                if (e == null) {
                    break;
                }
                if (++count > MAX_ENTRIES) {
                    throw new SnapshotException(what + "more than " + MAX_ENTRIES + " entries, not a snapshot");
                }
                String name = clean(what, e.getName());
                if (name.isEmpty()) {
                    continue;
                }
                raw.put(name, node(what, tar, e, name));
            }
        } catch (UnpackBudget.Refused e) {
            throw new SnapshotException(what + e.getMessage());
        } catch (IOException e) {
            UnpackBudget.Refused r = refused(e);
            if (r != null) {
                throw new SnapshotException(what + r.getMessage());
            }
            throw new SnapshotException(what + "not a readable " + compression.label() + " archive (" + plain(e) + ")");
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new SnapshotException(what + "corrupt tar entry, not a readable " + compression.label() + " archive");
        }
        if (raw.isEmpty()) {
            throw new SnapshotException(what + "archive holds no files");
        }
        String prefix = commonTop(raw);
        for (Map.Entry<String, Node> en : raw.entrySet()) {
            if (en.getKey().length() <= prefix.length()) {
                // the top directory's own entry
                continue;
            }
            String rel = en.getKey().substring(prefix.length());
            Node n = en.getValue();
            if (n.target() != null && n.target().startsWith("\0")) {
                n = hardLink(rel, n.target().substring(1), prefix);
            }
            nodes.put(rel, n);
        }
        // parents of every entry are directories, unless the archive says what they are; a parent already listed
        // has its own parents listed too, so the climb stops there
        for (String rel : new ArrayList<>(nodes.keySet())) {
            String child = rel;
            int slash;
            while ((slash = child.lastIndexOf('/')) > 0) {
                String parent = child.substring(0, slash);
                TreeSet<String> siblings = children.get(parent);
                boolean known = siblings != null;
                if (!known) {
                    siblings = new TreeSet<>();
                    children.put(parent, siblings);
                    nodes.putIfAbsent(parent, DIR);
                }
                siblings.add(child.substring(slash + 1));
                if (known) {
                    child = null;
                    break;
                }
                child = parent;
            }
            if (child != null) {
                children.computeIfAbsent("", k -> new TreeSet<>()).add(child);
            }
        }
        for (Map.Entry<String, Node> en : nodes.entrySet()) {
            if (en.getValue().kind() != PathWalk.Kind.LINK && underDirectories(en.getKey())) {
                direct.put(en.getKey(), new PathWalk.Result(en.getKey(), en.getValue().kind(), null));
            }
        }
    }

    private Node node(String what, TarArchiveInputStream tar, TarArchiveEntry e, String name) throws IOException {
        if (e.isSymbolicLink()) {
            return new Node(PathWalk.Kind.LINK, e.getLinkName(), -1);
        }
        if (e.isLink()) {
            // a hard link names an archive path; marked so it is resolved once the top directory is known
            return new Node(PathWalk.Kind.LINK, "\0" + e.getLinkName(), -1);
        }
        if (e.isDirectory()) {
            return DIR;
        }
        if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO() || !e.isFile()) {
            return new Node(PathWalk.Kind.OTHER, null, -1);
        }
        long size = e.isSparse() ? e.getRealSize() : e.getSize();
        if (size > caps.maxFileBytes()) {
            drain(tar);
            return TOO_BIG;
        }
        // a sparse entry's holes come from nothing: what is kept is counted too, not only what is unpacked
        stored += size;
        if (stored > caps.maxSnapshotBytes()) {
            throw new SnapshotException(what + "larger than " + ReadCaps.show(caps.maxSnapshotBytes())
                    + " unpacked (--max-snapshot-size)");
        }
        int id = store.put(tar, (int) size);
        if (id < 0) {
            throw new SnapshotException(what + "truncated archive (an entry is cut short)");
        }
        return new Node(PathWalk.Kind.FILE, null, id);
    }

    /** Reads the rest of an entry through the budget, so the next header is parsed within its own budget. */
    private static void drain(InputStream tar) throws IOException {
        byte[] buf = new byte[64 * 1024];
        while (tar.read(buf) >= 0) {
            // counted by UnpackBudget
        }
    }

    /** The hard link REL -> TARGET as a relative link from REL's directory, or one that leaves when TARGET is outside. */
    private static Node hardLink(String rel, String target, String prefix) {
        String t = target.startsWith("./") ? target.substring(2) : target;
        if (!t.startsWith(prefix) || t.startsWith("/")) {
            return new Node(PathWalk.Kind.LINK, "/", -1);
        }
        t = t.substring(prefix.length());
        StringBuilder up = new StringBuilder();
        for (int i = 0; i < rel.length(); i++) {
            if (rel.charAt(i) == '/') {
                up.append("../");
            }
        }
        return new Node(PathWalk.Kind.LINK, up + t, -1);
    }

    private static UnpackBudget.Refused refused(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnpackBudget.Refused r) {
                return r;
            }
        }
        return null;
    }

    /** The reader's own words, without a class name ("java.io.EOFException" says nothing to a user). */
    private static String plain(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "it ends early";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.matches("(?s).*\\b(java|org|com)\\.[a-z]+\\..*")) {
            return "corrupt data";
        }
        m = m.lines().findFirst().orElse("corrupt data");
        return m.length() > 120 ? m.substring(0, 120) + "..." : m;
    }

    private static String clean(String what, String name) {
        if (name.length() > PathWalk.MAX_PATH) {
            throw new SnapshotException(what + "an entry's path is longer than " + PathWalk.MAX_PATH + " characters, not a snapshot");
        }
        String n = name;
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.isEmpty() || n.equals(".")) {
            // "./" or ".": the archive's own root, as `tar -C DIR -cf - .` writes it
            return "";
        }
        if (n.startsWith("/")) {
            throw new SnapshotException(what + "unsafe path in archive (absolute): " + shown(n));
        }
        int depth = 1;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) == '/' && ++depth > MAX_DEPTH) {
                throw new SnapshotException(what + "an entry is nested deeper than " + MAX_DEPTH + " directories, not a snapshot");
            }
        }
        // each component, without splitting: this runs for every entry of every archive of a fleet
        int start = 0;
        while (start <= n.length()) {
            int end = n.indexOf('/', start);
            if (end < 0) {
                end = n.length();
            }
            int len = end - start;
            boolean dots = (len == 1 || len == 2) && n.charAt(start) == '.' && (len == 1 || n.charAt(start + 1) == '.');
            if (len == 0 || dots) {
                throw new SnapshotException(what + "unsafe path in archive (an empty, . or .. component): " + shown(n));
            }
            start = end + 1;
        }
        if (n.indexOf('\0') >= 0) {
            throw new SnapshotException(what + "unsafe path in archive (an empty, . or .. component): " + shown(n));
        }
        return n;
    }

    /** An entry name for a message: a long one is cut, it is only there to be found in the archive. */
    private static String shown(String name) {
        return name.length() > 200 ? name.substring(0, 200) + "..." : name;
    }

    /** "top/" when every entry lies under one directory that is not itself a snapshot's top directory; else "". */
    private static String commonTop(Map<String, Node> raw) {
        String top = null;
        boolean nested = false;
        for (String k : raw.keySet()) {
            int slash = k.indexOf('/');
            String first = slash < 0 ? k : k.substring(0, slash);
            nested |= slash >= 0;
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                return "";
            }
        }
        Node topNode = raw.get(top);
        if (!nested || ROOT_NAMES.contains(top) || (topNode != null && topNode.kind() != PathWalk.Kind.DIRECTORY)) {
            return "";
        }
        return top + "/";
    }

    @Override
    public PathWalk.Kind kind(String path) {
        if (path.isEmpty()) {
            return PathWalk.Kind.DIRECTORY;
        }
        Node n = nodes.get(path);
        return n == null ? PathWalk.Kind.MISSING : n.kind();
    }

    @Override
    public String target(String path) {
        return nodes.get(path).target();
    }

    @Override
    public String inside(String absoluteTarget) {
        // the archive does not know where it was rooted: an absolute link points out of it
        return null;
    }

    private PathWalk.Result walk(String rel) {
        // most reads name an entry whose every parent is a directory entry: no link to follow, nothing to walk
        PathWalk.Result known = direct.get(rel);
        if (known != null) {
            return known;
        }
        // and many name one the snapshot does not hold, in a directory it holds
        if (!nodes.containsKey(rel) && plainName(rel) && underDirectories(rel)) {
            return new PathWalk.Result(rel, PathWalk.Kind.MISSING, null);
        }
        try {
            return PathWalk.resolve(this, rel);
        } catch (IOException e) {
            throw new IllegalStateException("archive nodes do no I/O", e);
        }
    }

    /** True when the last component of REL is a name, not "", "." or "..", which a walk would treat as a step. */
    private static boolean plainName(String rel) {
        String last = rel.substring(rel.lastIndexOf('/') + 1);
        return !last.isEmpty() && !last.equals(".") && !last.equals("..") && rel.length() <= PathWalk.MAX_PATH;
    }

    /** True when every parent of the entry REL is a directory, not a link (remembered per parent). */
    private boolean underDirectories(String rel) {
        int slash = rel.lastIndexOf('/');
        if (slash < 0) {
            return true;
        }
        String parent = rel.substring(0, slash);
        Boolean known = plainParents.get(parent);
        if (known == null) {
            Node p = nodes.get(parent);
            known = p != null && p.kind() == PathWalk.Kind.DIRECTORY && underDirectories(parent);
            plainParents.put(parent, known);
        }
        return known;
    }

    @Override
    public TreeFile read(String rel) {
        PathWalk.Result r = walk(rel);
        TreeFile none = TreeFile.unlessFile(r);
        if (none != null) {
            return none;
        }
        Node n = nodes.get(r.path());
        if (n.content() < 0) {
            return TreeFile.failed(ReadStatus.ERROR, caps.tooBig());
        }
        try {
            return TreeFile.ok(store.get(n.content()));
        } catch (IOException e) {
            return TreeFile.unreadable(e);
        }
    }

    @Override
    public List<String> list(String rel) {
        PathWalk.Result r = walk(rel);
        if (!r.is(PathWalk.Kind.DIRECTORY)) {
            return List.of();
        }
        TreeSet<String> c = children.get(r.path());
        return c == null ? List.of() : new ArrayList<>(c);
    }

    @Override
    public boolean isDirectory(String rel) {
        return walk(rel).is(PathWalk.Kind.DIRECTORY);
    }

    @Override
    public void close() {
        store.close();
    }
}
