package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.KernelVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KernelReleaseParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'6.18.44-fc-v782\n', 6, 18, 44",     // /proc/sys/kernel/osrelease ends with a newline
            "6.1.0-27-amd64, 6, 1, 0",
            "4.9.0-8-amd64, 4, 9, 0",              // Debian 9
            "3.10.0-1160.el7.x86_64, 3, 10, 0",    // RHEL/CentOS 7
            "5.4.0-1103-aws, 5, 4, 0",
            "4.12, 4, 12, 0",                      // no patch level at all
    })
    void readsMajorMinorPatchOfRealReleases(String text, int major, int minor, int patch) {
        KernelVersion v = KernelReleaseParser.parse(text);
        assertEquals(major, v.major());
        assertEquals(minor, v.minor());
        assertEquals(patch, v.patch());
        assertEquals(text.strip(), v.release());
    }

    @Test
    void comparesVersionsTheWayRulesAsk() {
        assertFalse(KernelReleaseParser.parse("4.9.0-8-amd64").atLeast(4, 12));
        assertTrue(KernelReleaseParser.parse("4.12.0").atLeast(4, 12));
        assertTrue(KernelReleaseParser.parse("5.0.0").atLeast(4, 19));
        assertFalse(KernelReleaseParser.parse("3.10.0-1160.el7.x86_64").atLeast(3, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "Linux", "v6.1", "uname: command not found", "\u0000\u0001\u0002"})
    void refusesGarbageWithTheTextInTheMessage(String garbage) {
        ParseException e = assertThrows(ParseException.class, () -> KernelReleaseParser.parse(garbage));
        assertTrue(e.getMessage().startsWith("not a kernel release"), e.getMessage());
    }

    @Test
    void abbreviatesLongGarbageInTheMessage() {
        ParseException e = assertThrows(ParseException.class, () -> KernelReleaseParser.parse("x".repeat(500)));
        assertTrue(e.getMessage().length() < 100, e.getMessage());
    }
}
