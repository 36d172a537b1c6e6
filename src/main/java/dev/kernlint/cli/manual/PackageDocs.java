package dev.kernlint.cli.manual;

import dev.kernlint.cli.Main;
import dev.kernlint.cli.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes what the Debian package ships besides the jar, at build time from the same command line the jar runs:
 * a man page per command (man/NAME.1.gz), the bash completion (bash-completion/kernlint) the gzipped Debian
 * changelog and README. Usage: PackageDocs OUT_DIR DEBIAN_CHANGELOG README.
 */
public final class PackageDocs {
    private PackageDocs() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PackageDocs OUT_DIR DEBIAN_CHANGELOG README");
        }
        Path out = Path.of(args[0]);
        CommandLine cl = Main.commandLine();
        Path man = Files.createDirectories(out.resolve("man"));
        writeManPages(cl.getCommandSpec(), man);
        Path completion = Files.createDirectories(out.resolve("bash-completion"));
        // bash-completion sources the file: a #! line only tells lintian it is meant to be run
        String script = AutoComplete.bash("kernlint", cl).replaceFirst("\\A#![^\n]*\n", "");
        Files.writeString(completion.resolve("kernlint"), script, StandardCharsets.UTF_8);
        Path doc = Files.createDirectories(out.resolve("doc"));
        Files.write(doc.resolve("changelog.gz"), gzip(Files.readAllBytes(Path.of(args[1]))));
        Files.write(doc.resolve("README.md.gz"), gzip(Files.readAllBytes(Path.of(args[2]))));
    }

    private static void writeManPages(CommandSpec spec, Path dir) throws IOException {
        if (!ManPage.documented(spec)) {
            return;
        }
        String page = ManPage.render(spec, Version.VERSION);
        Files.write(dir.resolve(ManPage.name(spec) + ".1.gz"), gzip(page.getBytes(StandardCharsets.UTF_8)));
        for (CommandLine sub : spec.subcommands().values()) {
            writeManPages(sub.getCommandSpec(), dir);
        }
    }

    /**
     * gzip at maximum compression with no name and no time stamp, as Debian policy asks of man pages and
     * changelogs (java.util.zip.GZIPOutputStream always writes the "default compression" flag).
     */
    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, 3});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, deflater) {
            @Override
            public void close() throws IOException {
                finish(); // the trailer follows: keep the stream open
            }
        }) {
            z.write(data);
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        int[] trailer = {(int) crc.getValue(), data.length};
        for (int v : trailer) {
            for (int i = 0; i < 4; i++) {
                bytes.write((v >>> (8 * i)) & 0xff);
            }
        }
        return bytes.toByteArray();
    }
}
