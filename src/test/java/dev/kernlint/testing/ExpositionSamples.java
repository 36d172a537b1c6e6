package dev.kernlint.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of a Prometheus text exposition, labels unescaped: what a scraper reads back from kernlint's file
 * or from node_exporter's /metrics. Strict: anything but a comment or a well-formed sample fails the test.
 */
public final class ExpositionSamples {
    public record Sample(String name, Map<String, String> labels, String value) {}

    private ExpositionSamples() {}

    public static List<Sample> parse(String text) {
        List<Sample> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(sample(line));
        }
        return out;
    }

    /** The samples of one metric whose labels include all the given ones. */
    public static List<Sample> find(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The one sample of a metric whose labels include the given ones; fails on none or several. */
    public static Sample single(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> found = find(samples, name, labels);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples of " + name + labels + ": " + found);
        }
        return found.get(0);
    }

    private static Sample sample(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf("=\"", i);
                String label = line.substring(i, eq);
                StringBuilder v = new StringBuilder();
                int j = eq + 2;
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char e = line.charAt(++j);
                        v.append(switch (e) {
                            case '\\' -> '\\';
                            case '"' -> '"';
                            case 'n' -> '\n';
                            default -> throw new AssertionError("invalid escape \\" + e + " in " + line);
                        });
                    } else {
                        v.append(c);
                    }
                }
                if (labels.put(label, v.toString()) != null) {
                    throw new AssertionError("label " + label + " twice in " + line);
                }
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            throw new AssertionError("no value in " + line);
        }
        String value = line.substring(i + 1);
        if (!value.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            throw new AssertionError("not a plain number (or a timestamp follows) in " + line);
        }
        return new Sample(name, labels, value);
    }
}
