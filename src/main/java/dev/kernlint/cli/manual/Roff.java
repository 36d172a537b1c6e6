package dev.kernlint.cli.manual;

/** Text made safe for a roff (man) source: nothing in it is read as a request, an escape or a font change. */
final class Roff {
    private Roff() {}

    /** One line of running text. */
    static String text(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        // a line starting with a dot or an apostrophe would be a request
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

    static String bold(String s) {
        return "\\fB" + text(s) + "\\fR";
    }

    static String italic(String s) {
        return "\\fI" + text(s) + "\\fR";
    }
}
