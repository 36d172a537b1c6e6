package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the named subcommand is built for a run; help and errors still see every one. */
class LazySubcommandsTest {
    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertEquals(List.of("audit"), List.copyOf(Main.commandLine(new String[] {"audit", "--help"}).getSubcommands().keySet()));
    }

    @Test
    void helpAndUnknownNamesGetTheWholeCommandLine() {
        List<String> all = List.of("audit", "collect", "diff", "fleet", "rules", "explain", "fix", "profiles", "baseline", "config", "help");
        assertEquals(all, List.copyOf(Main.commandLine(new String[0]).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"help", "audit"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"--version"}).getSubcommands().keySet()));
        Cli unknown = Cli.run("audti");
        assertEquals(ExitCode.ERROR, unknown.exit());
        assertTrue(unknown.err().contains("'audti'"), unknown.err());
        Cli help = Cli.run("help", "fix");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("Usage: kernlint fix"), help.out());
    }
}
