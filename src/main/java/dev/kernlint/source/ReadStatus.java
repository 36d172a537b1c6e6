package dev.kernlint.source;

/** How reading one input went; the names are those of the snapshot manifest's "status" field. */
public enum ReadStatus {
    OK, MISSING, DENIED, ERROR, TIMEOUT;

    public String manifestName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReadStatus fromManifest(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
