package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlCharactersAreShownAsEscapes() {
        assertEquals("\\x1b]0;pwned\\x07", TerminalText.escape("\u001b]0;pwned\u0007"));
        assertEquals("web1\\rroot\\x1b[2K", TerminalText.escape("web1\rroot\u001b[2K"));
        assertEquals("a\\nb\\tc\\x00d\\x7f", TerminalText.escape("a\nb\tc\u0000d\u007f"));
        assertEquals("csi \\u009b and nel \\u0085", TerminalText.escape("csi \u009b and nel \u0085"), "C1 controls");
    }

    @Test
    void lineSeparatorsBidiOverridesAndLoneSurrogatesToo() {
        assertEquals("a\\u2028b\\u2029c", TerminalText.escape("a\u2028b\u2029c"));
        assertEquals("file\\u202etxt.exe \\u2066x\\u2069 \\u200f", TerminalText.escape("file\u202etxt.exe \u2066x\u2069 \u200f"));
        assertEquals("host\\ud800x", TerminalText.escape("host\ud800x"), "high surrogate alone");
        assertEquals("\\udc00host", TerminalText.escape("\udc00host"), "low surrogate alone");
        assertEquals("end\\ud83d", TerminalText.escape("end\ud83d"), "high surrogate at the end");
    }

    @Test
    void printableTextIsLeftAsItIsWithoutACopy() {
        String s = "web1.example.com: MemAvailable 3 % (über 😀 ß 日本)";
        assertSame(s, TerminalText.escape(s));
        assertEquals("😀\\x1b", TerminalText.escape("😀\u001b"), "a surrogate pair is one letter");
        assertEquals("null", TerminalText.escape((Object) null));
    }
}
