package dev.kernlint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder: what sh reads back from a built command is exactly the argv it was given, word for word. */
class ShellCommandTest {

    /** Runs `printf '%s\0' WORDS` through sh -c and splits the NUL-separated words it printed. */
    static List<String> shWords(String argsText) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf '%s\\000' " + argsText).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        String s = out.toString(StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>(List.of(s.split("\0", -1)));
        words.remove(words.size() - 1);
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "it's", "'", "a'b'c", "1' ; touch /tmp/p ; echo '", "$(id)", "`id`", "a b", "*", "~root",
            "#x", "a=b c", "x=$(id)", "=x", "-", "", "\\", "\"", "a\"b'c", "!", "{a,b}", "k='v'", "é ü", "%s", "a;b", "a&b", "a|b", "<x>"})
    void everyWordComesBackAsItself(String word) throws Exception {
        ShellCommand c = ShellCommand.of("printf", "%s\\000", word);
        String args = c.text().substring("printf ".length());
        assertEquals(List.of(word), shWords(args.substring(args.indexOf(' ') + 1)), c.text());
    }

    @Test
    void safeWordsStayBareAndOthersAreQuoted() {
        assertEquals("sysctl -w net.core.somaxconn=4096", ShellCommand.of("sysctl", "-w", "net.core.somaxconn=4096").text());
        assertEquals("sysctl -w net.ipv4.ip_local_port_range='1024 65535'",
                ShellCommand.of("sysctl", "-w", "net.ipv4.ip_local_port_range=1024 65535").text());
        assertEquals("ethtool -G eth0 rx 4096", ShellCommand.of("ethtool", "-G", "eth0", "rx", 4096L).text());
        assertEquals("echo 'it'\\''s'", ShellCommand.of("echo", "it's").text());
        assertEquals("echo ''", ShellCommand.of("echo", "").text());
    }

    @Test
    void aCommandStaysOnOneLine() {
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo", "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo", "a\u2028b"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo", "a\u001bb"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo").comment("x\ny"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo").comment("it's"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of(List.of()));
    }

    @Test
    void aCommentIsFixedText() throws Exception {
        ShellCommand c = ShellCommand.of("echo", "x").comment("then delete those lines");
        assertEquals("echo x  # then delete those lines", c.text());
        assertEquals(List.of("x"), shWords("x  # then delete those lines"));
    }

    @Test
    void valuesAreCheckedBeforeTheyBecomeWords() {
        assertEquals(null, KernelNames.keyProblem("net.ipv4.conf.eth0/100.rp_filter"));
        assertTrue(KernelNames.keyProblem("net.core.$x") != null);
        assertEquals(null, KernelNames.valueProblem("k", "4096 87380 6291456"));
        assertTrue(KernelNames.valueProblem("k", "1' ; touch /tmp/p ; echo '") != null);
        assertTrue(KernelNames.valueProblem("k", "x".repeat(10_000)).length() < 300, "a reason quotes a value shortened");
        assertTrue(KernelNames.isIface("enp3s0f1.100"));
        for (String bad : new String[] {"-G", ".", "..", "eth0;id", "a b", "", "averyveryverylongname0", "eth0\n"}) {
            assertTrue(!KernelNames.isIface(bad), bad);
        }
        assertEquals("IF", KernelNames.ifaceOr("$(id)", "IF"));
        assertTrue(KernelNames.isDevice("/dev/bus/0") && KernelNames.isDevice("/dev/sda"));
        assertTrue(!KernelNames.isDevice("/dev/../etc/shadow") && !KernelNames.isDevice("/dev/sda;id") && !KernelNames.isDevice("-a"));
        assertTrue(KernelNames.isDeviceType("sat+megaraid,3") && !KernelNames.isDeviceType("sat;id"));
    }
}
