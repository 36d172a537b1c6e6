package dev.kernlint.testing;

import dev.kernlint.cli.Main;
import dev.kernlint.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line (Main.commandLine, with its error handlers) in this JVM, capturing stdout and stderr. */
public final class Cli {
    private Cli() {}

    public record Run(int exit, String out, String err) {
        /** The JSON report on stdout. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> report() {
            return (Map<String, Object>) Json.parse(out);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> findings() {
            return (List<Map<String, Object>>) report().get("findings");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> gaps() {
            return (List<Map<String, Object>>) report().get("gaps");
        }
    }

    public static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
