package dev.kernlint.fact;

/** An input that could not be read, and why: rules that need it are "not evaluated", never passed. */
public record Gap(String area, String input, String reason) {
    /**
     * The input of a gap a failed collector leaves ("kernlint collector numa"). Which rules its facts feed
     * is not recorded, so every rule counts as not evaluated: a false gap after a bug, never a false pass.
     */
    public static final String COLLECTOR = "kernlint collector ";

    public static Gap collectorFailed(String area, String reason) {
        return new Gap(area, COLLECTOR + area, reason);
    }
}
