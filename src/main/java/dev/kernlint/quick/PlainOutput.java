package dev.kernlint.quick;

import java.util.Map;
import java.util.Properties;

/**
 * Whether the full path would print exactly the text rendered at build time: plain (no ANSI styles), 80 columns, a
 * newline line end, in the charset picocli would pick. Anything that could change that sends the run to the full
 * path, which decides as it always did.
 */
final class PlainOutput {
    /** Picocli's switches for ANSI styles in usage help, besides a console and its own picocli.* properties. */
    private static final String[] COLOUR_VARIABLES = {"CLICOLOR_FORCE", "CLICOLOR", "ANSICON", "ConEmuANSI"};

    private PlainOutput() {}

    /**
     * HELP: the text is picocli's usage help, which styles itself at a console or when a variable forces it;
     * `rules` and `explain` never style their output.
     */
    static boolean holds(boolean help, Map<String, String> env, Properties props, boolean console) {
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("picocli.")) { // width, ANSI, tracing: all picocli's to decide
                return false;
            }
        }
        if (props.getProperty("sun.stdout.encoding") != null || !"\n".equals(props.getProperty("line.separator"))) {
            return false;
        }
        if (!help) {
            return true;
        }
        if (console) {
            return false;
        }
        for (String name : COLOUR_VARIABLES) {
            if (env.containsKey(name)) {
                return false;
            }
        }
        return true;
    }
}
