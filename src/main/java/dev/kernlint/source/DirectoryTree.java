package dev.kernlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A snapshot directory. Every path is walked by {@link PathWalk} against the snapshot's real root, so no link (the
 * operating system's or a hostile snapshot's) takes a read outside it; attributes are read without following links
 * and a file is opened only when it is regular and within the cap, so a FIFO never blocks and /dev/zero is never read.
 */
final class DirectoryTree implements SnapshotTree, PathWalk.Nodes {
    /** A directory listing larger than this is not one a host has (100k processes is a big host). */
    static final int MAX_LIST = 1_000_000;

    private final Path root;
    private final ReadCaps caps;
    private final AtomicLong total = new AtomicLong();

    DirectoryTree(Path dir, ReadCaps caps) {
        try {
            this.root = dir.toRealPath();
        } catch (IOException e) {
            throw new SnapshotException("snapshot " + dir + ": " + IoProblem.words(e));
        }
        this.caps = caps;
    }

    private Path at(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    @Override
    public PathWalk.Kind kind(String path) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(at(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException | InvalidPathException e) {
            return PathWalk.Kind.MISSING;
        }
        if (a.isSymbolicLink()) {
            return PathWalk.Kind.LINK;
        }
        if (a.isDirectory()) {
            return PathWalk.Kind.DIRECTORY;
        }
        return a.isRegularFile() ? PathWalk.Kind.FILE : PathWalk.Kind.OTHER;
    }

    @Override
    public String target(String path) throws IOException {
        return Files.readSymbolicLink(at(path)).toString();
    }

    @Override
    public String inside(String absoluteTarget) {
        Path t;
        try {
            t = Path.of(absoluteTarget);
        } catch (InvalidPathException e) {
            return null;
        }
        // component-wise and not normalized: "/snap/../etc" does not start with /snap/.. resolved
        return t.startsWith(root) ? root.relativize(t).toString() : null;
    }

    private PathWalk.Result walk(String rel) throws IOException {
        return PathWalk.resolve(this, rel);
    }

    @Override
    public TreeFile read(String rel) {
        try {
            PathWalk.Result r = walk(rel);
            TreeFile none = TreeFile.unlessFile(r);
            return none != null ? none : readRegular(at(r.path()));
        } catch (IOException e) {
            return TreeFile.unreadable(e);
        }
    }

    private TreeFile readRegular(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            return TreeFile.failed(ReadStatus.ERROR, "not a regular file");
        }
        long size = a.size();
        if (size > caps.maxFileBytes()) {
            return TreeFile.failed(ReadStatus.ERROR, caps.tooBig());
        }
        if (total.addAndGet(size) > caps.maxSnapshotBytes()) {
            total.addAndGet(-size);
            return TreeFile.failed(ReadStatus.ERROR, caps.snapshotUsedUp());
        }
        // NOFOLLOW: the walk saw a regular file here; a link swapped in since is not followed
        try (SeekableByteChannel ch = Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(ch)) {
            // one array of the size the file has, not readAllBytes' growing copies; a file that grew is cut at that size
            byte[] b = new byte[(int) size];
            int n = in.readNBytes(b, 0, b.length);
            return TreeFile.ok(n == b.length ? b : Arrays.copyOf(b, n));
        }
    }

    @Override
    public List<String> list(String rel) {
        try {
            PathWalk.Result r = walk(rel);
            if (!r.is(PathWalk.Kind.DIRECTORY)) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(at(r.path()))) {
                for (Path x : s) {
                    if (names.size() >= MAX_LIST) {
                        break;
                    }
                    names.add(x.getFileName().toString());
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public boolean isDirectory(String rel) {
        try {
            return walk(rel).is(PathWalk.Kind.DIRECTORY);
        } catch (IOException e) {
            return false;
        }
    }
}
