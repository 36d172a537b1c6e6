package dev.kernlint.source;

/** One file of a snapshot tree: its bytes, or why there are none (MISSING: no such file; others: a gap). */
public record TreeFile(ReadStatus status, byte[] bytes, String detail) {
    static final TreeFile MISSING = new TreeFile(ReadStatus.MISSING, null, "not in snapshot");

    static TreeFile ok(byte[] bytes) {
        return new TreeFile(ReadStatus.OK, bytes, "");
    }

    static TreeFile failed(ReadStatus status, String detail) {
        return new TreeFile(status, null, detail);
    }

    /** A file the walk found that could not be read: a gap in words. */
    static TreeFile unreadable(java.io.IOException e) {
        return failed(IoProblem.ofFoundFile(e), IoProblem.words(e));
    }

    /** What a walked path reads as when it is no regular file; null when it is one, for the tree to read. */
    static TreeFile unlessFile(PathWalk.Result r) {
        if (r.problem() != null) {
            return failed(ReadStatus.ERROR, r.problem());
        }
        return switch (r.kind()) {
            case MISSING -> MISSING;
            case DIRECTORY -> failed(ReadStatus.ERROR, "is a directory");
            case FILE -> null;
            default -> failed(ReadStatus.ERROR, "not a regular file");
        };
    }

    public boolean isOk() {
        return status == ReadStatus.OK;
    }
}
