package dev.kernlint.fact;

/**
 * A kernel parameter the active tuned profile sets (its [sysctl] section, after include= chains: a profile overrides
 * what it includes). tuned applies these when it starts, so they are runtime values besides sysctl.d.
 */
public record TunedSysctl(String key, String value, String profile, String file, int line) {

    public String location() {
        return file + ":" + line;
    }
}
