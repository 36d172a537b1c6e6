package dev.kernlint.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The check behind "nothing reaches the terminal raw": no character a terminal acts on instead of showing. */
public final class RawControls {
    private RawControls() {}

    /** Every control but the renderer's own newlines, C1, DEL, a bidi override, a line separator, a lone surrogate. */
    public static void assertNone(String where, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            boolean raw = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                    || c == '\u2028' || c == '\u2029' || lone;
            assertFalse(raw, where + ": raw U+" + String.format("%04X", (int) c) + " at " + i + " in:\n" + text);
        }
    }
}
