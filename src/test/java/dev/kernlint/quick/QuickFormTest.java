package dev.kernlint.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which argument lists and surroundings the quick answers serve; everything else goes to the full path. */
class QuickFormTest {

    @Test
    void servesExactlyTheHostIndependentForms() {
        assertEquals("help", QuickForm.text("--help"));
        assertEquals("help", QuickForm.text("-h"));
        assertEquals("rules", QuickForm.text("rules"));
        assertEquals("rules-markdown", QuickForm.text("rules", "--markdown"));
        assertEquals("explain/NET-TW-RECYCLE", QuickForm.text("explain", "NET-TW-RECYCLE"));
        assertEquals("explain/NET-TW-RECYCLE", QuickForm.text("explain", "net-tw-recycle"), "the full path upper-cases the id");
        assertEquals("explain/FLEET-SYSCTL-OUTLIER", QuickForm.text("explain", "FLEET-SYSCTL-OUTLIER"));
    }

    @Test
    void leavesEveryOtherFormToTheFullPath() {
        assertNull(QuickForm.text());
        assertNull(QuickForm.text("audit"));
        assertNull(QuickForm.text("help"));
        assertNull(QuickForm.text("rules", "--rules=/tmp/mine"), "user rules are listed too");
        assertNull(QuickForm.text("rules", "--help"));
        assertNull(QuickForm.text("--help", "audit"));
        assertNull(QuickForm.text("explain"));
        assertNull(QuickForm.text("explain", "--help"));
        assertNull(QuickForm.text("explain", "@ids.txt"), "picocli expands @-files");
        assertNull(QuickForm.text("explain", "../help"), "an id never names another text");
        assertNull(QuickForm.text("explain", "NET/../../help"));
        assertNull(QuickForm.text("explain", "NET--TW"));
        assertNull(QuickForm.text("explain", "NET-"));
        assertNull(QuickForm.text("explain", "NET"));
        assertNull(QuickForm.text("explain", "-NET-TW"));
        assertNull(QuickForm.text("explain", ""));
        assertNull(QuickForm.text("explain", "NET-TW-RECYCLE", "--rules", "/tmp/mine"));
    }

    private static Properties linux() {
        Properties p = new Properties();
        p.setProperty("line.separator", "\n");
        p.setProperty("java.version", "17.0.15");
        return p;
    }

    @Test
    void plainOutputServesRulesAndExplainAnywhereAndHelpOnlyOffAConsole() {
        assertTrue(PlainOutput.holds(true, Map.of("TERM", "xterm", "NO_COLOR", "1"), linux(), false));
        assertTrue(PlainOutput.holds(false, Map.of(), linux(), true), "rules and explain never style their output");
        assertFalse(PlainOutput.holds(true, Map.of(), linux(), true), "picocli styles help at a console");
        for (String v : new String[] {"CLICOLOR_FORCE", "CLICOLOR", "ANSICON", "ConEmuANSI"}) {
            assertFalse(PlainOutput.holds(true, Map.of(v, "1"), linux(), false), v + " can make picocli style help");
        }
    }

    private static Properties linuxWith(String key, String value) {
        Properties p = linux();
        p.setProperty(key, value);
        return p;
    }

    @Test
    void plainOutputRefusesWhatChangesPicocliOrTheBytes() {
        assertFalse(PlainOutput.holds(false, Map.of(), linuxWith("picocli.usage.width", "120"), false));
        assertFalse(PlainOutput.holds(true, Map.of(), linuxWith("picocli.ansi", "true"), false));
        assertFalse(PlainOutput.holds(false, Map.of(), linuxWith("line.separator", "\r\n"), false));
        assertFalse(PlainOutput.holds(false, Map.of(), linuxWith("sun.stdout.encoding", "UTF-16"), false));
    }
}
