package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The output of procps `ps` with a header line (`ps alxwww`, `ps axo pid,ppid,...,comm,cgroup`, `ps axo
 * flags,state,...,lstart,tty,time,cmd`, as sos's process plugin runs them): one map per process from the header's
 * column names to the values. Columns are whitespace separated, except the ones whose values may hold spaces
 * (the command and its arguments, a start date): the first of those takes what lies between the columns before it
 * and those after it, which are read from the end of the line; columns after a second such column are not kept.
 */
public final class PsTableParser {
    /** Columns whose values may contain spaces: arguments, comm ("tmux: server"), lstart ("Tue Dec  1 22:31:20 2026"). */
    private static final Set<String> WIDE = Set.of("COMMAND", "CMD", "ARGS", "STARTED", "LSTART");
    /** At most this many processes: a listing is one line a task, and hosts run far fewer than pid_max allows. */
    static final int MAX_ROWS = 4_194_304;

    private PsTableParser() {}

    public static List<Map<String, String>> parse(String text) {
        int nl = text.indexOf('\n');
        String head = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (head.isEmpty()) {
            throw new ParseException("ps: no header line");
        }
        String[] columns = head.toUpperCase(Locale.ROOT).split("\\s+");
        if (!List.of(columns).contains("PID")) {
            throw new ParseException("ps: the header has no PID column: '" + KernelReleaseParser.abbreviate(head) + "'");
        }
        int wide = -1;
        for (int i = 0; i < columns.length && wide < 0; i++) {
            if (WIDE.contains(columns[i])) {
                wide = i;
            }
        }
        int tailEnd = columns.length;
        for (int i = wide + 1; wide >= 0 && i < columns.length; i++) {
            if (WIDE.contains(columns[i])) {
                tailEnd = i; // a second wide column: what follows the first cannot be told apart
                break;
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int start = nl < 0 ? text.length() : nl + 1;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end).strip();
            start = end < 0 ? text.length() : end + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new ParseException("ps: more than " + MAX_ROWS + " processes");
            }
            Map<String, String> row = row(line, columns, wide, tailEnd);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** One line's values by column; null for a line with fewer values than the header has narrow columns. */
    private static Map<String, String> row(String line, String[] columns, int wide, int tailEnd) {
        String[] words = line.split("\\s+");
        Map<String, String> row = new HashMap<>();
        int lead = wide < 0 ? columns.length : wide;
        if (words.length < lead) {
            return null;
        }
        for (int i = 0; i < lead; i++) {
            row.put(columns[i], words[i]);
        }
        if (wide < 0) {
            return row;
        }
        if (tailEnd == columns.length) {
            int trailing = columns.length - wide - 1;
            if (words.length < lead + 1 + trailing) {
                return null;
            }
            for (int i = 0; i < trailing; i++) {
                row.put(columns[columns.length - 1 - i], words[words.length - 1 - i]);
            }
            row.put(columns[wide], middle(line, lead, trailing));
        }
        return row;
    }

    /** The text of the line after its first `lead` words and before its last `trailing` words, with its own spaces. */
    private static String middle(String line, int lead, int trailing) {
        int from = 0;
        for (int w = 0; w < lead; w++) {
            from = skipWord(line, skipSpace(line, from));
        }
        from = skipSpace(line, from);
        int to = line.length();
        for (int w = 0; w < trailing; w++) {
            while (to > from && !Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
        }
        return line.substring(from, to);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
