package dev.kernlint.parse;

import dev.kernlint.fact.Pressure;

/**
 * /proc/pressure/RESOURCE: "some avg10=0.12 avg60=0.05 avg300=0.01 total=123456" and, for io (and cpu since 5.13),
 * a "full ..." line of the same shape. Only avg10 is kept: the samples give the longer view.
 */
public final class PressureParser {
    private PressureParser() {}

    public static Pressure parse(String resource, String text) {
        Double some = null;
        Double full = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("some ")) {
                some = avg10(line);
            } else if (line.startsWith("full ")) {
                full = avg10(line);
            }
        }
        if (some == null) {
            throw new ParseException("pressure/" + resource + ": no 'some avg10=' line");
        }
        return new Pressure(resource, some, full);
    }

    private static double avg10(String line) {
        int i = line.indexOf("avg10=");
        if (i < 0) {
            throw new ParseException("pressure: no avg10 in '" + KernelReleaseParser.abbreviate(line) + "'");
        }
        int end = line.indexOf(' ', i);
        String v = line.substring(i + 6, end < 0 ? line.length() : end);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ParseException("pressure: avg10 '" + KernelReleaseParser.abbreviate(v) + "' is not a number");
        }
    }
}
