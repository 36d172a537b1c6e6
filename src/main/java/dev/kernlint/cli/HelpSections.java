package dev.kernlint.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Replaces picocli's renderers of the description, the options, the command list and the footer with ones that
 * wrap with {@link HelpText}: at white space only, at the help width (`usageHelpWidth`, 80 unless set).
 */
final class HelpSections {
    private static final int OPTION_COLUMN = 30;
    private static final int COMMAND_COLUMN = 12;

    private HelpSections() {}

    static void install(CommandLine cl) {
        Map<String, CommandLine.IHelpSectionRenderer> m = cl.getHelpSectionMap();
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, h -> text(h, h.commandSpec().usageMessage().description()));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> text(h, h.commandSpec().usageMessage().footer()));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpSections::options);
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpSections::commands);
        cl.setHelpSectionMap(m);
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub);
        }
    }

    private static String text(Help h, String[] source) {
        StringBuilder sb = new StringBuilder();
        for (String p : HelpText.paragraphs(source)) {
            for (String line : HelpText.wrap(p, h.commandSpec().usageMessage().width(), 0)) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String options(Help h) {
        StringBuilder sb = new StringBuilder();
        List<OptionSpec> options = new java.util.ArrayList<>(h.commandSpec().options().stream().filter(o -> !o.hidden()).toList());
        options.sort(java.util.Comparator.comparing((OptionSpec o) -> o.usageHelp() || o.versionHelp())
                .thenComparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT)));
        int width = h.commandSpec().usageMessage().width();
        for (OptionSpec o : options) {
            String names = String.join(", ", sortedNames(o)) + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
            String description = String.join(" ", o.description());
            String shown = o.defaultValueString();
            description = description.replace("${DEFAULT-VALUE}", shown == null ? "" : shown);
            HelpText.row(sb, "  " + names, description, OPTION_COLUMN, width);
        }
        return sb.toString();
    }

    private static List<String> sortedNames(OptionSpec o) {
        return java.util.Arrays.stream(o.names()).sorted(java.util.Comparator.comparingInt(String::length)).toList();
    }

    private static String commands(Help h) {
        if (h.subcommands().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int width = h.commandSpec().usageMessage().width();
        for (Map.Entry<String, Help> e : h.subcommands().entrySet()) {
            CommandLine.Model.UsageMessageSpec u = e.getValue().commandSpec().usageMessage();
            String[] source = u.header().length > 0 ? u.header() : u.description(); // picocli's help command has a header
            HelpText.row(sb, "  " + e.getKey(), HelpText.summary(source), COMMAND_COLUMN, width);
        }
        return sb.toString();
    }
}
