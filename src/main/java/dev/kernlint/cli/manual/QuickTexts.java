package dev.kernlint.cli.manual;

import dev.kernlint.cli.Main;
import dev.kernlint.config.Settings;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.quick.QuickForm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Writes the texts kernlint-quick.jar serves (see {@link QuickForm}), at build time, by running the full command
 * line on each served argument form: the same picocli help, the same `rules` and `explain` code. Usage:
 * QuickTexts OUT_DIR (the texts go to OUT_DIR/quick/NAME.txt). A form that fails, writes to stderr, or renders
 * differently under two spellings fails the build.
 */
public final class QuickTexts {
    private QuickTexts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: QuickTexts OUT_DIR");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] form : forms()) {
            String name = QuickForm.text(form);
            if (name == null) {
                throw new IllegalStateException("not a served form: " + String.join(" ", form));
            }
            String text = render(form);
            String before = texts.putIfAbsent(name, text);
            if (before != null && !before.equals(text)) {
                throw new IllegalStateException(String.join(" ", form) + " prints other text than another form of " + name);
            }
        }
        Path out = Path.of(args[0], "quick");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Path file = out.resolve(e.getKey() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every argument form served: help, the rule list, and explain of every built-in and fleet rule. */
    static List<String[]> forms() {
        List<String[]> forms = new ArrayList<>(List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"rules"},
                new String[] {"rules", "--markdown"}));
        for (String id : RuleBook.load(null).rules().keySet()) {
            forms.add(new String[] {"explain", id});
        }
        for (String id : RuleBook.fleet().rules().keySet()) {
            forms.add(new String[] {"explain", id});
        }
        return forms;
    }

    /**
     * What the full path prints for ARGS when its output is plain: no config file or KERNLINT_* variable (none of
     * these forms asks them; QuickAnswerIT proves it), help without ANSI styles (as picocli prints it off a console).
     */
    static String render(String[] args) {
        if (!System.lineSeparator().equals("\n")) {
            throw new IllegalStateException("the texts are rendered with \\n line ends, as kernlint prints them on Linux");
        }
        CommandLine cl = Main.commandLine(args, new Settings(Map.of()));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        if (code != 0 || err.toString().length() > 0) {
            throw new IllegalStateException("kernlint " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
