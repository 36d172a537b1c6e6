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

    public boolean isOk() {
        return status == ReadStatus.OK;
    }
}
