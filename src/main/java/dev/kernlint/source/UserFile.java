package dev.kernlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file a user named or an input referenced (a profile and its `extends:` targets, a waiver file, a
 * --new-since report, a rollback file): only a regular file, and at most a cap, so a FIFO never blocks and /dev/zero
 * is refused instead of filling the heap. The path itself may be a link (the user chose it); what it leads to must be
 * a regular file. Failures are plain words that never quote the file's content.
 */
public final class UserFile {
    /** Profiles and waiver files: YAML, hand-written. */
    public static final long YAML_CAP = 1L << 20;
    /** JSON reports and rollback files: a report of a big fleet host is a few MB. */
    public static final long JSON_CAP = 64L << 20;

    private UserFile() {}

    /** Why a file cannot be used, in words ("not a regular file", "no such file"); the message names no content. */
    public static final class Unusable extends Exception {
        private final boolean missing;

        Unusable(String message, boolean missing) {
            super(message, null, false, false);
            this.missing = missing;
        }

        /** True when there is no such file (callers word that themselves: "no such profile file"). */
        public boolean missing() {
            return missing;
        }
    }

    /** The text of FILE (UTF-8; bad bytes replaced), which must be a regular file of at most CAP bytes. */
    public static String read(Path file, long cap) throws Unusable {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new Unusable("is a directory", false);
            }
            if (!a.isRegularFile()) {
                throw new Unusable("not a regular file", false);
            }
            if (a.size() > cap) {
                throw new Unusable(tooBig(cap), false);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
                if (b.length > cap) {
                    throw new Unusable(tooBig(cap), false);
                }
                return new String(b, StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException e) {
            throw new Unusable("no such file", true);
        } catch (IOException e) {
            throw new Unusable(IoProblem.words(e), false);
        }
    }

    private static String tooBig(long cap) {
        return "larger than " + ReadCaps.show(cap) + ", refused";
    }
}
