package dev.kernlint.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds tar archives for tests, hostile ones included: links, devices, bombs, deep paths. */
final class TarBuilder implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    TarBuilder() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    TarBuilder file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TarBuilder file(String name, byte[] b) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(b.length);
        tar.putArchiveEntry(e);
        tar.write(b);
        tar.closeArchiveEntry();
        return this;
    }

    TarBuilder dir(String name) throws IOException {
        tar.putArchiveEntry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"));
        tar.closeArchiveEntry();
        return this;
    }

    TarBuilder symlink(String name, String target) throws IOException {
        return link(name, target, TarConstants.LF_SYMLINK);
    }

    TarBuilder hardlink(String name, String target) throws IOException {
        return link(name, target, TarConstants.LF_LINK);
    }

    TarBuilder special(String name, byte flag) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, flag);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    private TarBuilder link(String name, String target, byte flag) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, flag);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    byte[] tarBytes() throws IOException {
        tar.finish();
        return bytes.toByteArray();
    }

    Path gz(Path out) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            o.write(tarBytes());
        }
        return out;
    }

    Path xz(Path out) throws IOException {
        try (OutputStream o = new XZCompressorOutputStream(Files.newOutputStream(out))) {
            o.write(tarBytes());
        }
        return out;
    }

    Path bz2(Path out) throws IOException {
        try (OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(out))) {
            o.write(tarBytes());
        }
        return out;
    }

    Path plain(Path out) throws IOException {
        Files.write(out, tarBytes());
        return out;
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }

    /**
     * A gzip bomb of about 1 MB: one tar entry proc/meminfo of 1 GiB of zeros, written as concatenated gzip members
     * (each 8 MiB of zeros compressed once and repeated), so building it costs milliseconds, not a 1 GiB deflate.
     */
    static Path gzipBomb(Path out) throws IOException {
        long size = 1L << 30;
        TarArchiveEntry e = new TarArchiveEntry("proc/meminfo");
        e.setSize(size);
        byte[] header = new byte[512];
        e.writeEntryHeader(header);
        byte[] zeros = member(new byte[8 << 20]);
        try (OutputStream o = Files.newOutputStream(out)) {
            o.write(member(header));
            for (long done = 0; done < size + 1024; done += 8 << 20) {
                o.write(zeros);
            }
        }
        return out;
    }

    private static byte[] member(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            g.write(data);
        }
        return b.toByteArray();
    }

    /** A plain tar whose one entry is SIZE bytes of zeros, streamed to disk (no array of that size). */
    static Path bigEntry(Path out, String name, long size, String... smallFiles) throws IOException {
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
            t.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (int i = 0; i + 1 < smallFiles.length; i += 2) {
                byte[] b = smallFiles[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry s = new TarArchiveEntry(smallFiles[i]);
                s.setSize(b.length);
                t.putArchiveEntry(s);
                t.write(b);
                t.closeArchiveEntry();
            }
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(size);
            t.putArchiveEntry(e);
            byte[] buf = new byte[1 << 20];
            for (long left = size; left > 0; left -= buf.length) {
                t.write(buf, 0, (int) Math.min(buf.length, left));
            }
            t.closeArchiveEntry();
        }
        return out;
    }

    /** A plain tar of COUNT files proc/bigN of SIZE zeros each, plus proc/meminfo: more in all than a small heap holds. */
    static Path bigEntries(Path out, int count, long size) throws IOException {
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
            byte[] mem = "MemTotal: 1000 kB\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry m = new TarArchiveEntry("proc/meminfo");
            m.setSize(mem.length);
            t.putArchiveEntry(m);
            t.write(mem);
            t.closeArchiveEntry();
            byte[] buf = new byte[1 << 20];
            for (int i = 0; i < count; i++) {
                TarArchiveEntry e = new TarArchiveEntry("proc/big" + i);
                e.setSize(size);
                t.putArchiveEntry(e);
                for (long left = size; left > 0; left -= buf.length) {
                    t.write(buf, 0, (int) Math.min(buf.length, left));
                }
                t.closeArchiveEntry();
            }
        }
        return out;
    }

    /** A tar.gz whose one entry has a GNU long name of LENGTH 'x's, written raw (commons-compress is slow at it). */
    static Path longName(Path out, int length) throws IOException {
        return longName(out, "x".repeat(length));
    }

    /** A tar.gz of proc/meminfo and one entry named NAME as a GNU long name, written raw. */
    static Path longName(Path out, String longName) throws IOException {
        int length = longName.length();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] mem = "MemTotal: 1000 kB\n".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry m = new TarArchiveEntry("proc/meminfo");
        m.setSize(mem.length);
        byte[] mh = new byte[512];
        m.writeEntryHeader(mh);
        b.write(mh);
        b.write(java.util.Arrays.copyOf(mem, 512));
        byte[] header = new byte[512];
        TarArchiveEntry ln = new TarArchiveEntry(TarConstants.GNU_LONGLINK, TarConstants.LF_GNUTYPE_LONGNAME);
        ln.setSize(length + 1);
        ln.writeEntryHeader(header);
        b.write(header);
        byte[] name = java.util.Arrays.copyOf(longName.getBytes(StandardCharsets.UTF_8), length + 1);
        b.write(name);
        b.write(new byte[(512 - (name.length % 512)) % 512]);
        TarArchiveEntry e = new TarArchiveEntry("x");
        e.setSize(1);
        header = new byte[512];
        e.writeEntryHeader(header);
        b.write(header);
        b.write(new byte[512]);
        b.write(new byte[1024]);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            b.writeTo(o);
        }
        return out;
    }
}
