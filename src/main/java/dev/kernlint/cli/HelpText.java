package dev.kernlint.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Help text wrapped at white space only. Picocli's wrapping follows java.text.BreakIterator, which breaks after a
 * dot or a hyphen inside a word ("sysctl.|d", "90-|kernlint.conf"): a file name or an option split across lines
 * cannot be copied. A word longer than the column stays whole and overflows.
 */
final class HelpText {
    private HelpText() {}

    /**
     * The lines of a description written as an array of source lines: consecutive lines of prose are one paragraph
     * (so hand-wrapped sources rewrap at any width), an indented line (an example) is kept as it is, an empty one
     * separates paragraphs.
     */
    static List<String> paragraphs(String[] source) {
        List<String> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        List<String> split = new ArrayList<>();
        for (String line : source) {
            // picocli's descriptions are format strings: %n a line break, %% a percent sign
            for (String part : line.replace("%%", "%").split("%n", -1)) {
                split.add(part);
            }
        }
        for (String line : split) {
            if (line.isBlank() || line.startsWith(" ")) {
                if (prose.length() > 0) {
                    out.add(prose.toString());
                    prose.setLength(0);
                }
                out.add(line.isBlank() ? "" : line);
            } else {
                prose.append(prose.length() > 0 ? " " : "").append(line.strip());
            }
        }
        if (prose.length() > 0) {
            out.add(prose.toString());
        }
        return out;
    }

    /** The first sentence of a description, for the list of commands: whole, never cut at a line of the source. */
    static String summary(String[] source) {
        List<String> p = paragraphs(source);
        String first = p.isEmpty() ? "" : p.get(0);
        int end = first.indexOf(". ");
        return end < 0 ? first : first.substring(0, end + 1);
    }

    /** TEXT wrapped to WIDTH columns at spaces; every line but the first indented by INDENT spaces. */
    static List<String> wrap(String text, int width, int indent) {
        List<String> lines = new ArrayList<>();
        if (text.startsWith(" ")) { // an example: as written
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            int room = width - (lines.isEmpty() ? 0 : indent);
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, " ".repeat(indent) + lines.get(i));
        }
        return lines;
    }

    /** A two-column table row: LEFT padded to COLUMN, then RIGHT wrapped in what is left of WIDTH. */
    static void row(StringBuilder sb, String left, String right, int column, int width) {
        if (left.length() + 1 > column) { // a long option name: its description starts on the next line
            sb.append(left).append('\n');
            left = "";
        }
        List<String> lines = wrap(right, width - column, 0);
        for (int i = 0; i < lines.size(); i++) {
            sb.append(String.format("%-" + column + "s", i == 0 ? left : "")).append(lines.get(i)).append('\n');
        }
    }
}
