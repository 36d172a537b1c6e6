package dev.kernlint.quick;

import java.util.Locale;

/**
 * The argument forms whose answer does not depend on the host, and the text each is served from: rendered at build
 * time by the real command line (see dev.kernlint.cli.manual.QuickTexts) and served by {@link QuickAnswer}. Exactly
 * these forms; any other argument list, even one that means the same to picocli, is left to the full path.
 * (No regex, lambda or string +: each costs the quick answer milliseconds of bootstrap.)
 */
public final class QuickForm {
    private QuickForm() {}

    /** The text of the top-level usage help. */
    public static final String HELP = "help";

    /** The name of the text that answers ARGS (a relative resource name, no extension), or null. */
    public static String text(String... args) {
        if (args.length == 1) {
            return switch (args[0]) {
                case "--help", "-h" -> HELP;
                case "rules" -> "rules";
                default -> null;
            };
        }
        if (args.length == 2 && args[0].equals("rules") && args[1].equals("--markdown")) {
            return "rules-markdown";
        }
        if (args.length == 2 && args[0].equals("explain")) {
            // the full path looks the id up upper-cased in the root locale: the same key finds the same rule
            String id = args[1].toUpperCase(Locale.ROOT);
            return ruleId(id) ? explain(id) : null;
        }
        return null;
    }

    /** The text of `kernlint explain ID` for an id as the rule book spells it. */
    public static String explain(String id) {
        return "explain/".concat(id);
    }

    /** WORD-WORD...: upper-case letters and digits, starting with a letter (every rule id; never a path). */
    static boolean ruleId(String id) {
        if (id.isEmpty() || id.charAt(0) < 'A' || id.charAt(0) > 'Z' || id.charAt(id.length() - 1) == '-' || id.indexOf('-') < 0) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '-' && id.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
