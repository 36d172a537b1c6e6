package dev.kernlint.parse;

/** `uname -a`: "Linux vm 6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01) x86_64 GNU/Linux". */
public final class UnameParser {
    private UnameParser() {}

    /** The kernel release (the third word), as `uname -r` prints it, with its newline. */
    public static String release(String unameA) {
        String[] f = unameA.strip().split("\\s+");
        if (f.length < 3 || !f[0].equals("Linux")) {
            throw new ParseException("uname -a: expected 'Linux HOST RELEASE ...', got '" + KernelReleaseParser.abbreviate(unameA.strip()) + "'");
        }
        KernelReleaseParser.parse(f[2]);
        return f[2] + "\n";
    }
}
