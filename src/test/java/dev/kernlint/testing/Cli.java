package dev.kernlint.testing;

import dev.kernlint.cli.Main;
import dev.kernlint.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the real command line (Main.commandLine, with its error handlers) in this JVM and keeps what it printed:
 * exit code, stdout, stderr.
 */
public record Cli(int exit, String out, String err) {

    public static Cli run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** With this environment (KERNLINT_*, XDG_CONFIG_HOME, HOME) for the config files and variables, not the real one. */
    public static Cli withEnv(Map<String, String> env, String... args) {
        return run(Main.commandLine(new String[0], new dev.kernlint.config.Settings(env)), args);
    }

    private static Cli run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

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
