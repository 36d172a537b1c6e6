package dev.kernlint.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "--interval 5s": 500ms, 5s, 2m, 1h, or a plain number of seconds. */
public final class IntervalParser {
    private static final Pattern P = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private IntervalParser() {}

    /** Returns null when the text is not a duration. */
    public static Duration parse(String text) {
        Matcher m = P.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        return Duration.ofMillis((long) ms);
    }
}
