package dev.kernlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

final class DirectoryTree implements SnapshotTree {
    private final Path dir;

    DirectoryTree(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    private Path at(String rel) {
        Path p = dir.resolve(rel).normalize();
        // a relative path from a hostile manifest must not leave the snapshot
        return p.startsWith(dir) ? p : null;
    }

    @Override
    public byte[] bytes(String rel) {
        Path p = at(rel);
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + p + ": " + e.getMessage());
        }
    }

    @Override
    public List<String> list(String rel) {
        Path p = at(rel);
        if (p == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(p)) {
            List<String> names = new ArrayList<>();
            s.forEach(x -> names.add(x.getFileName().toString()));
            names.sort(null);
            return names;
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public boolean isDirectory(String rel) {
        Path p = at(rel);
        return p != null && Files.isDirectory(p);
    }
}
