package dev.kernlint.fuzz;

/** Prints every fuzz target, "Class#method" a line, for bench/fuzz.sh. */
public final class FuzzTargets {
    private FuzzTargets() {}

    public static void main(String[] args) {
        EveryTargetFuzzTest.all().forEach(t -> System.out.println(t.name()));
    }
}
