package dev.kernlint.cli.manual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ManPageTest {
    private static CommandSpec spec(String... path) {
        CommandLine cl = Main.commandLine();
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        return cl.getCommandSpec();
    }

    @Test
    void everyOptionOfHelpIsOnThePage() {
        CommandSpec audit = spec("audit");
        String page = ManPage.render(audit, "9.9");
        assertTrue(page.startsWith(".TH KERNLINT\\-AUDIT 1 \"\" \"kernlint 9.9\""), page);
        assertTrue(page.contains(".SH NAME\nkernlint\\-audit \\- Judge this host"), page);
        for (OptionSpec o : audit.options()) {
            assertTrue(page.contains(".TP\n\\fB" + o.names()[0].replace("-", "\\-") + "\\fR"), o.longestName());
        }
        // the synopsis is the one --help prints, hyphens escaped
        assertTrue(page.contains("kernlint audit [\\-hqV]"), page);
        // picocli's ${DEFAULT-VALUE} filled in as --help does
        assertTrue(page.contains("Default: default."), page);
        assertFalse(page.contains("${"), page);
    }

    @Test
    void theMainPageListsEveryCommandAndPointsAtTheirPages() {
        String page = ManPage.render(spec(), "9.9");
        for (String name : java.util.List.of("audit", "collect", "diff", "rules", "explain", "fix", "profiles", "baseline")) {
            assertTrue(page.contains(".TP\n\\fB" + name + "\\fR\n"), name);
            assertTrue(page.contains("\\fBkernlint\\-" + name + "\\fR(1)"), name);
        }
        assertFalse(page.contains("kernlint\\-help"), "picocli's help command has no page of its own");
        assertTrue(page.contains(".SH EXIT STATUS\n"), page);
    }

    @Test
    void aNestedCommandNamesItsParent() {
        CommandSpec show = spec("profiles", "show");
        assertEquals("kernlint-profiles-show", ManPage.name(show));
        assertTrue(ManPage.render(show, "9.9").contains(".SH SEE ALSO\n\\fBkernlint\\-profiles\\fR(1)\n"));
    }

    @Test
    void textIsNeverReadAsARequestOrAnEscape() {
        assertEquals("\\&.so /etc/shadow", Roff.text(".so /etc/shadow"));
        assertEquals("\\&'br", Roff.text("'br"));
        assertEquals("a \\efB b", Roff.text("a \\fB b"), "a backslash is printed, never an escape");
        assertEquals("\\-\\-fail\\-on", Roff.text("--fail-on"));
    }

    @Test
    void gzipAtMaximumCompressionWithoutATimeStamp() throws IOException {
        byte[] text = ".TH X 1\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] z = PackageDocs.gzip(text);
        assertEquals(2, z[8], "XFL: maximum compression");
        assertArrayEquals(new byte[4], java.util.Arrays.copyOfRange(z, 4, 8), "MTIME 0");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(z))) {
            assertArrayEquals(text, in.readAllBytes());
        }
    }

    @Test
    void aSummaryIsTheWholeFirstSentenceOfTheDescription() {
        CommandSpec help = spec("help");
        String top = ManPage.render(spec(), "9.9");
        assertFalse(top.contains("%n"), "picocli line breaks are not text: " + top);
        assertTrue(top.contains(".nh\n"), "no hyphenation: words and file names stay whole");
        for (String name : java.util.List.of("diff", "fix", "baseline")) {
            String page = ManPage.render(spec(name), "9.9");
            String summary = page.lines().dropWhile(l -> !l.equals(".SH NAME")).skip(1).findFirst().orElseThrow()
                    .replaceFirst("^kernlint\\\\-" + name + " \\\\- ", "");
            String description = String.join(" ", spec(name).usageMessage().description()).replaceAll("\\s+", " ");
            assertTrue(description.startsWith(summary.replace("\\-", "-")), name + ": " + summary);
            assertTrue(top.contains(".TP\n\\fB" + name + "\\fR\n" + summary + "\n"), name + " in the command list: " + summary);
        }
        assertTrue(ManPage.render(help, "9.9").contains(".SH NAME\nkernlint\\-help \\- Display help information about the specified command\n"),
                "a header is the summary");
    }
}
