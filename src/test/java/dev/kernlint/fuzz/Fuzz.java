package dev.kernlint.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * What every fuzz target shares. A target decodes the fuzzer's bytes the way a source does (UTF-8, bad bytes
 * replaced: {@code Snapshot.read}, {@code LiveHost}), hands the text to one parser, and lets through only the
 * exception the parser documents; anything else (NullPointerException, NumberFormatException,
 * IndexOutOfBoundsException, StackOverflowError, OutOfMemoryError, or an {@link AssertionError} from a broken
 * contract) reaches Jazzer as a crash.
 */
public final class Fuzz {
    private Fuzz() {}

    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Two texts from one input, for parsers of two files: split at the first NUL (none: the second is empty). */
    public static String[] two(byte[] data) {
        String t = text(data);
        int nul = t.indexOf('\0');
        return nul < 0 ? new String[] {t, ""} : new String[] {t.substring(0, nul), t.substring(nul + 1)};
    }

    /** A contract the parser promises beyond "does not crash": a broken one is a finding. */
    public static void check(boolean ok, String contract) {
        if (!ok) {
            throw new AssertionError("contract broken: " + contract);
        }
    }
}
