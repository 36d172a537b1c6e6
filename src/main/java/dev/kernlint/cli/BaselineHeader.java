package dev.kernlint.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the comment of a written baseline may say about the host it came from. A YAML comment cannot be escaped, so
 * a value from the host appears there only when it passes a strict check; otherwise the comment points at the
 * description, where the emitter writes the value whatever it holds.
 */
final class BaselineHeader {
    private static final String ELSEWHERE = "(see description)";
    /** RFC 1123 labels. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9-]{1,63})*");
    /** uname -r: 6.1.0-18-amd64, 5.14.0-362.8.1.el9_3.x86_64, 4.19.0+. */
    private static final Pattern KERNEL = Pattern.compile("[A-Za-z0-9._+~-]{1,128}");
    /** "snapshot /srv/snaps/web1.tar.gz", "live host": words and path characters. */
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9 _./:@+,=-]{1,200}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:/@+-]{1,256}");
    /** A profile name the loader keeps as is (no white space to strip). */
    private static final Pattern NAME_CHAR = Pattern.compile("[^A-Za-z0-9_.-]");

    private BaselineHeader() {}

    static String host(String host) {
        return host != null && host.length() <= 253 && HOST.matcher(host).matches() ? host : ELSEWHERE;
    }

    static String kernel(String kernel) {
        return kernel != null && KERNEL.matcher(kernel).matches() ? kernel : ELSEWHERE;
    }

    static String source(String source) {
        return source != null && SOURCE.matcher(source).matches() ? source : ELSEWHERE;
    }

    /** Keys that are kernel parameter names, and how many others were left out of the list. */
    static String keys(List<String> keys) {
        List<String> shown = keys.stream().filter(k -> KEY.matcher(k).matches()).toList();
        int others = keys.size() - shown.size();
        return String.join(", ", shown) + (others == 0 ? "" : (shown.isEmpty() ? "" : ", and ") + others
                + " key(s) whose names are not shown here");
    }

    /** HOST-baseline, with the host's characters that a profile name should not hold replaced. */
    static String defaultName(String host) {
        String h = host == null ? "" : NAME_CHAR.matcher(host).replaceAll("_");
        if (h.length() > 64) {
            h = h.substring(0, 64);
        }
        return (h.isEmpty() ? "host" : h) + "-baseline";
    }
}
