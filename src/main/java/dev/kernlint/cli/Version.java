package dev.kernlint.cli;

/** The release; a test keeps it equal to the pom's version. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {}

    /**
     * What --version prints (picocli's provider and both fast paths print this one line). String.concat, not +:
     * javac compiles + to an invokedynamic whose bootstrap costs the quick answer (kernlint-quick.jar) ~10 ms.
     */
    public static String line() {
        return "kernlint ".concat(VERSION).concat(" (Drools 10.2.0, Java ").concat(System.getProperty("java.version")).concat(")");
    }
}
