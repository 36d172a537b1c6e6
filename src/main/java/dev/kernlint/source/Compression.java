package dev.kernlint.source;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * How an archive is compressed, told by its first bytes, never by its name: a sosreport is .tar.xz, a kernlint
 * snapshot .tar.gz, and a renamed or suffix-less file is still what its content is.
 */
enum Compression {
    GZIP, XZ, BZIP2, NONE;

    /** xz -9 needs a 64 MiB dictionary; a header asking for more is not a snapshot. */
    static final int XZ_MEMORY_LIMIT_KIB = 96 * 1024;
    /** Bytes needed to tell the formats apart, a tar header's "ustar" magic included. */
    static final int HEAD = 512;

    /** The compression of a file starting with these bytes, or null when it is not a tar archive kernlint knows. */
    static Compression detect(byte[] head, int n) {
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (n >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X' && head[4] == 'Z'
                && head[5] == 0) {
            return XZ;
        }
        if (n >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
            return BZIP2;
        }
        // POSIX ustar and GNU tar both write "ustar" at offset 257
        if (n >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a' && head[261] == 'r') {
            return NONE;
        }
        return null;
    }

    InputStream open(InputStream in) throws IOException {
        return switch (this) {
            case GZIP -> new GzipCompressorInputStream(in, true);
            case XZ -> new XZCompressorInputStream(in, true, XZ_MEMORY_LIMIT_KIB);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case NONE -> in;
        };
    }

    String label() {
        return switch (this) {
            case GZIP -> "tar.gz";
            case XZ -> "tar.xz";
            case BZIP2 -> "tar.bz2";
            case NONE -> "tar";
        };
    }
}
