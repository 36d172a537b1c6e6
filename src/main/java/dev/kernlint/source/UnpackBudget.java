package dev.kernlint.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed stream of an archive, counted: it refuses to give more than the snapshot cap, more than
 * {@link #MAX_RATIO} times what was read of the file once past {@link #RATIO_FLOOR} (a 1 MB gzip bomb stops after
 * 64 MiB, not at 1 GiB), and more than {@link #HEADER_BUDGET} while a tar header is parsed, so a pax header or GNU long
 * name cannot make the tar reader build a huge string in memory.
 */
final class UnpackBudget extends FilterInputStream {
    /** Real snapshots compress 5-20 times (text of /proc, logs); a bomb compresses 1000 times. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 64L << 20;
    static final long HEADER_BUDGET = 1L << 20;

    /** The reason an archive is refused, in words; carried through the tar reader as an IOException. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private final Counted compressed;
    private final long maxTotal;
    private long unpacked;
    private long headerLimit = Long.MAX_VALUE;
    /** The tar reader skips every entry's padding: one buffer for all of them. */
    private final byte[] skipBuffer = new byte[8192];

    /** The file's own bytes, counted for the ratio. */
    static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    UnpackBudget(InputStream decompressed, Counted compressed, long maxTotal) {
        super(decompressed);
        this.compressed = compressed;
        this.maxTotal = maxTotal;
    }

    long unpacked() {
        return unpacked;
    }

    void headerStarts() {
        headerLimit = unpacked + HEADER_BUDGET;
    }

    void headerEnds() {
        headerLimit = Long.MAX_VALUE;
    }

    private void count(long n) throws Refused {
        unpacked += n;
        if (unpacked > maxTotal) {
            throw new Refused("larger than " + ReadCaps.show(maxTotal) + " unpacked (--max-snapshot-size)");
        }
        if (unpacked > headerLimit) {
            throw new Refused("a tar header larger than " + ReadCaps.show(HEADER_BUDGET));
        }
        if (unpacked > RATIO_FLOOR && unpacked > MAX_RATIO * compressed.count) {
            throw new Refused("unpacks to more than " + MAX_RATIO + " times its size (a decompression bomb)");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Skipping decompresses as much as reading: it is counted the same. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buf = skipBuffer;
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }
}
