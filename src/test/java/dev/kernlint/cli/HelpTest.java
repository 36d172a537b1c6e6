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

    /** Every command, sub-subcommands included, with its command line. */
    static Stream<CommandLine> everyCommand(CommandLine cl) {
        return Stream.concat(Stream.of(cl), cl.getSubcommands().values().stream()
                .filter(c -> !c.getCommandName().equals("help")).flatMap(HelpTest::everyCommand));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> widths() {
        return Stream.of(80, 100).flatMap(w -> everyCommand(Main.commandLine())
                .map(c -> org.junit.jupiter.params.provider.Arguments.of(c.getCommandSpec().qualifiedName(), w)));
    }

    @ParameterizedTest(name = "{0} --help at {1} columns")
    @MethodSource("widths")
    void helpNeverBreaksInsideAWord(String qualified, int width) {
        CommandLine cl = everyCommand(Main.commandLine()).filter(c -> c.getCommandSpec().qualifiedName().equals(qualified))
                .findFirst().orElseThrow();
        cl.setUsageHelpWidth(width);
        String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        Set<String> printed = new java.util.HashSet<>(java.util.List.of(help.split("\\s+")));
        java.util.List<String> source = new java.util.ArrayList<>();
        source.addAll(java.util.List.of(cl.getCommandSpec().usageMessage().description()));
        source.addAll(java.util.List.of(cl.getCommandSpec().usageMessage().footer()));
        cl.getCommandSpec().options().forEach(o -> source.addAll(java.util.List.of(o.description())));
        for (String line : source) {
            for (String token : line.replace("%n", " ").split("\\s+")) {
                if (token.isEmpty() || token.contains("${")) {
                    continue;
                }
                assertTrue(printed.contains(token), qualified + " at " + width + " columns splits '" + token + "':\n" + help);
            }
        }
        for (String l : help.split("\n")) {
            assertTrue(l.length() <= width || !l.strip().contains(" "), "a line wider than " + width + ": " + l);
        }
        if (!cl.getSubcommands().isEmpty()) {
            for (CommandLine sub : cl.getSubcommands().values()) {
                String[] d = sub.getCommandSpec().usageMessage().description();
                String summary = HelpText.summary(sub.getCommandSpec().usageMessage().header().length > 0
                        ? sub.getCommandSpec().usageMessage().header() : d);
                assertTrue(summary.endsWith("."), "a command summary is a whole sentence: " + summary);
                assertTrue(help.replaceAll("\\s+", " ").contains(summary.replaceAll("\\s+", " ")), "summary printed whole: " + summary);
            }
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
