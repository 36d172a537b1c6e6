package dev.kernlint.cli;

import dev.kernlint.engine.RuleBook;
import dev.kernlint.report.HtmlReport;
import dev.kernlint.report.JsonReport;
import dev.kernlint.report.JunitReport;
import dev.kernlint.report.MarkdownReport;
import dev.kernlint.report.PrometheusReport;
import dev.kernlint.report.Renderer;
import dev.kernlint.report.SarifReport;
import dev.kernlint.report.TextReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One report to write: `--format FMT[=FILE]`, repeatable like InSpec's reporters. FILE "-" or no FILE is standard
 * output, which only one format may use; `--output FILE` still works with a single --format.
 *
 * @param file null for standard output
 */
record ReportTarget(String format, Path file) {
    static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "markdown", "html", "prometheus");

    static List<ReportTarget> parse(List<String> specs, Path output) {
        List<String> given = specs == null || specs.isEmpty() ? List.of("text") : specs;
        if (output != null && given.size() > 1) {
            throw new UserError("--output goes with a single --format; give each format its file instead: --format json=report.json --format sarif=report.sarif");
        }
        List<ReportTarget> out = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        int toStdout = 0;
        for (String spec : given) {
            int eq = spec.indexOf('=');
            String name = (eq < 0 ? spec : spec.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (name.equals("md")) {
                name = "markdown";
            }
            if (!FORMATS.contains(name)) {
                throw new UserError("--format " + spec + ": unknown format '" + name + "' (" + String.join(", ", FORMATS) + ")");
            }
            Path file = null;
            if (eq >= 0) {
                String f = spec.substring(eq + 1).strip();
                if (f.isEmpty()) {
                    throw new UserError("--format " + spec + ": no file after '='");
                }
                if (output != null) {
                    throw new UserError("--format " + spec + " already names a file; leave out --output");
                }
                file = f.equals("-") ? null : Path.of(f);
            } else if (output != null) {
                file = output;
            }
            if (file == null) {
                toStdout++;
            } else if (!files.add(file.toAbsolutePath().normalize())) {
                throw new UserError("--format: two reports would be written to " + file);
            }
            out.add(new ReportTarget(name, file));
        }
        if (toStdout > 1) {
            throw new UserError("only one --format can go to standard output; give the others a file: --format sarif=kernlint.sarif");
        }
        return out;
    }

    /**
     * Prints the rendered report, or writes it to its file: a Prometheus file replaced atomically (mode 0644, as
     * node_exporter reads it as its own user) into a directory that must exist, any other file written in place.
     */
    void write(String text, java.io.PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            if (atomic()) {
                Path dir = file.toAbsolutePath().getParent();
                if (!java.nio.file.Files.isDirectory(dir)) {
                    throw new java.nio.file.NoSuchFileException(dir.toString());
                }
                dev.kernlint.fix.AtomicFile.write(file, text, "rw-r--r--");
            } else {
                // getBytes, not writeString: a character no encoder can write (a lone surrogate the renderer
                // missed) becomes '?' instead of failing the report
                java.nio.file.Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new UserError("cannot write " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such directory" : dev.kernlint.report.ErrorText.io(e)));
        }
    }

    /**
     * Replaced whole (a temporary file in the same directory, then a rename) rather than written in place: the
     * textfile collector of node_exporter reads the file whenever it is scraped and must never see half of it.
     */
    boolean atomic() {
        return format.equals("prometheus");
    }

    /** @param finished when the audit finished (the Prometheus report's time of the last run) */
    Renderer renderer(RuleBook book, boolean colour, Instant finished) {
        return switch (format) {
            case "text" -> new TextReport(colour);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport(book.rules());
            case "junit" -> new JunitReport(book.rules());
            case "markdown" -> new MarkdownReport();
            case "html" -> new HtmlReport();
            case "prometheus" -> new PrometheusReport(book.rules(), finished);
            default -> throw new IllegalStateException(format);
        };
    }
}
