package dev.kernlint.cli;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.config.ConfigKey;
import dev.kernlint.config.Setting;
import dev.kernlint.config.Settings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Print every setting a config file may hold, its value after merging the system file, the user file "
                + "and KERNLINT_* variables, and where that value came from. The output loads as a config file."})
public final class ConfigShowCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = spec.defaultValueProvider() instanceof ConfigDefaults d ? d.settings() : Settings.ofProcess();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# system config: " + state(settings.locations().system()));
        out.println("# user config:   " + state(settings.locations().user()));
        List<String[]> rows = new ArrayList<>();
        int width = 0;
        for (ConfigKey k : ConfigKey.values()) {
            Setting s = settings.get(k);
            String value = s != null ? s.value() : builtIn(k);
            String line = value == null ? "# " + k.key() + ":" : k.key() + ": " + yaml(value, k);
            String origin = s != null ? s.origin() : "built-in default" + (value == null ? ", none" : "");
            rows.add(new String[] {line, origin + "  (variable " + k.variable() + "; options of " + String.join(", ", k.commands()) + ")"});
            width = Math.max(width, line.length());
        }
        for (String[] r : rows) {
            out.println(escape(String.format("%-" + width + "s  # %s", r[0], r[1])));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String state(Path p) {
        return p + (Files.isRegularFile(p) ? "" : " (none)");
    }

    /** A list in YAML flow style; a value quoted when YAML would read it as something else. */
    private static String yaml(String value, ConfigKey k) {
        if (value.contains(",") || k == ConfigKey.FORMAT || k == ConfigKey.REQUIRE) {
            return "[" + String.join(", ", value.split(",")) + "]";
        }
        return value.matches("[A-Za-z0-9_./=-]+") ? value : "'" + value.replace("'", "''") + "'";
    }

    /** The option's own default, as the command's help states it. */
    private static String builtIn(ConfigKey k) {
        for (String command : k.commands()) {
            CommandLine cl = Main.bare(command);
            if (cl == null) {
                continue;
            }
            OptionSpec o = cl.getCommandSpec().findOption("--" + k.key());
            if (o != null && o.defaultValue() != null) {
                return o.defaultValue();
            }
        }
        return k == ConfigKey.FORMAT ? "text" : null;
    }
}
