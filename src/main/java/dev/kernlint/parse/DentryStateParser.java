package dev.kernlint.parse;

import dev.kernlint.fact.DentryState;

/** /proc/sys/fs/dentry-state: six tab-separated numbers, "118737\t96040\t45\t0\t55740\t0" (the 5th is nr_negative since 5.0). */
public final class DentryStateParser {
    private DentryStateParser() {}

    public static DentryState parse(String text) {
        String t = text.strip();
        String[] f = t.isEmpty() ? new String[0] : t.split("\\s+");
        if (f.length < 2) {
            throw new ParseException("dentry-state: expected 'nr_dentry nr_unused ...', got '" + KernelReleaseParser.abbreviate(t) + "'");
        }
        try {
            return new DentryState(Long.parseLong(f[0]), Long.parseLong(f[1]), f.length >= 5 ? Long.parseLong(f[4]) : null);
        } catch (NumberFormatException e) {
            throw new ParseException("dentry-state: not a number in '" + KernelReleaseParser.abbreviate(t) + "'");
        }
    }
}
