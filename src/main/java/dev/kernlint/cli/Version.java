package dev.kernlint.cli;

/** The release; a test keeps it equal to the pom's version. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {}
}
