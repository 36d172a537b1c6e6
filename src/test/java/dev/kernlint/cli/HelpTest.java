package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The help teaches: it shows examples whole, names only commands that exist, and every command knows the version. */
class HelpTest {
    private static final int WIDTH = 80; // picocli's default usage width, what a pipe or an 80-column terminal gets
    private static final Set<String> COMMANDS = Main.commandLine().getSubcommands().keySet();

    /** "" for kernlint itself, then every subcommand but picocli's own help. */
    static Stream<String> commands() {
        return Stream.concat(Stream.of(""), COMMANDS.stream().filter(c -> !c.equals("help")));
    }

    @ParameterizedTest(name = "kernlint {0} --help")
    @MethodSource("commands")
    void helpShowsExamplesWholeAndNamesOnlyRealCommands(String command) {
        Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        CommandLine cl = command.isEmpty() ? Main.commandLine() : Main.commandLine().getSubcommands().get(command);
        for (String line : cl.getCommandSpec().usageMessage().description()) {
            if (line.startsWith("  kernlint ")) {
                assertTrue(line.length() < WIDTH, "an example must not wrap at " + WIDTH + " columns: '" + line + "'");
                assertTrue(r.out().contains(line + "\n"), "example printed whole: " + line);
            }
        }
        Matcher m = Pattern.compile("`kernlint ([a-z-]+)").matcher(r.out());
        while (m.find()) {
            assertTrue(COMMANDS.contains(m.group(1)), "help names `kernlint " + m.group(1) + "`, which does not exist");
        }
    }

    @ParameterizedTest(name = "kernlint {0} --version")
    @MethodSource("commands")
    void everyCommandKnowsTheVersion(String command) {
        Cli r = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("kernlint " + Version.VERSION), r.out());
    }
}
