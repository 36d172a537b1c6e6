package dev.kernlint.fact;

/** The running kernel's release ("6.18.44-fc-v782"), with the numbers rules compare ("removed in 4.12"). */
public record KernelVersion(String release, int major, int minor, int patch) {

    public boolean atLeast(int maj, int min) {
        return major > maj || (major == maj && minor >= min);
    }
}
