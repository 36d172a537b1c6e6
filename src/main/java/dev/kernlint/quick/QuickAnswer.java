package dev.kernlint.quick;

import dev.kernlint.cli.Version;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entry point of kernlint-quick.jar, which the launchers run for `--version`, `--help`, `rules` and
 * `explain ID`: a JVM that loads a handful of classes instead of picocli, Drools and the class-data archive. It
 * prints the text the full command line rendered for those arguments at build time, or, for anything it does
 * not serve exactly as the full path would, prints nothing and exits {@link #NOT_SERVED}, and the launcher runs
 * the full path.
 */
public final class QuickAnswer {
    /** Exit code that tells the launcher to run the full path; never a code kernlint itself exits with. */
    public static final int NOT_SERVED = 100;

    private QuickAnswer() {}

    public static void main(String[] args) {
        int code;
        try {
            code = answer(args);
        } catch (IOException | RuntimeException | Error e) {
            // an unreadable jar, say: the full path answers, in its own words (nothing was printed yet)
            code = NOT_SERVED;
        }
        System.exit(code);
    }

    /** Prints the answer and returns 0, or prints nothing and returns {@link #NOT_SERVED}. */
    static int answer(String[] args) throws IOException {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what Main's own --version path prints, the same way (java.version is this JVM's, as it is there)
            System.out.println(Version.line());
            System.out.flush();
            return 0;
        }
        String name = QuickForm.text(args);
        if (name == null) {
            return NOT_SERVED;
        }
        boolean help = name.equals(QuickForm.HELP);
        // the environment and the console only matter to help (picocli's ANSI styles): not even read otherwise
        if (!PlainOutput.holds(help, help ? System.getenv() : Map.of(), System.getProperties(), help && System.console() != null)) {
            return NOT_SERVED;
        }
        String text = read("quick/".concat(name).concat(".txt"));
        if (text == null) { // an id with no rule: the full path says so
            return NOT_SERVED;
        }
        // picocli's writer: the charset of sun.stdout.encoding (PlainOutput refuses it set), else the default
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()));
        out.print(text);
        out.flush();
        return 0;
    }

    /**
     * A text of this jar, or null. Run as `java -jar` the class path is this jar alone: read as a zip (the class
     * loader has those classes loaded already) rather than as a class-path resource, whose URL handlers cost ~10 ms.
     */
    private static String read(String entry) throws IOException {
        String path = System.getProperty("java.class.path", "");
        if (path.endsWith(".jar") && path.indexOf(File.pathSeparatorChar) < 0 && new File(path).isFile()) {
            try (ZipFile jar = new ZipFile(path)) {
                ZipEntry e = jar.getEntry(entry);
                return e == null ? null : text(jar.getInputStream(e));
            }
        }
        InputStream in = QuickAnswer.class.getClassLoader().getResourceAsStream(entry);
        return in == null ? null : text(in);
    }

    private static String text(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
