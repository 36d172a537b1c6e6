package dev.kernlint.parse;

import dev.kernlint.fact.KernelVersion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `uname -r` or /proc/sys/kernel/osrelease: "6.18.44-fc-v782", "4.9.0-8-amd64", "3.10.0-1160.el7.x86_64". */
public final class KernelReleaseParser {
    private static final Pattern RELEASE = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private KernelReleaseParser() {}

    public static KernelVersion parse(String text) {
        String r = text.strip();
        Matcher m = RELEASE.matcher(r);
        if (!m.find()) {
            throw new ParseException("not a kernel release: '" + abbreviate(r) + "'");
        }
        try {
            int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new KernelVersion(r, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
        } catch (NumberFormatException e) {
            throw new ParseException("not a kernel release (a number past int): '" + abbreviate(r) + "'");
        }
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }
}
