package dev.kernlint.cli.manual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page of one command, rendered from its picocli model: the same synopsis, descriptions, options and
 * footer that --help prints, so the page cannot say something the command does not do.
 */
public final class ManPage {
    private ManPage() {}

    /** The page's file name stem: kernlint, kernlint-audit, kernlint-profiles-show. */
    public static String name(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    public static String render(CommandSpec spec, String version) {
        StringBuilder b = new StringBuilder();
        String name = name(spec);
        b.append(".TH ").append(Roff.text(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"kernlint ")
                .append(Roff.text(version)).append("\" \"kernlint manual\"\n");
        // no hyphenation: a word, an option or a file name is never split across lines
        b.append(".nh\n");
        b.append(".SH NAME\n").append(Roff.text(name)).append(" \\- ").append(Roff.text(summary(spec))).append('\n');

        b.append(".SH SYNOPSIS\n.nf\n");
        String synopsis = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).replaceFirst("^Usage: ", "").stripTrailing();
        for (String line : synopsis.split("\n")) {
            b.append(Roff.text(line)).append('\n');
        }
        b.append(".fi\n");

        b.append(".SH DESCRIPTION\n");
        block(b, spec.usageMessage().description(), spec);

        List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!params.isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : params) {
                b.append(".TP\n").append(Roff.italic(p.paramLabel())).append('\n');
                block(b, p.description(), p);
            }
        }

        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!options.isEmpty()) {
            b.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                b.append(".TP\n").append(optionHead(o)).append('\n');
                block(b, o.description(), o);
            }
        }

        Map<String, CommandLine> subs = spec.subcommands();
        List<String> seeAlso = new ArrayList<>();
        if (!subs.isEmpty()) {
            b.append(".SH COMMANDS\n");
            for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
                CommandSpec sub = e.getValue().getCommandSpec();
                b.append(".TP\n").append(Roff.bold(e.getKey())).append('\n').append(Roff.text(summary(sub))).append('\n');
                if (documented(sub)) {
                    seeAlso.add(name(sub));
                }
            }
        }

        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            b.append(".SH EXIT STATUS\n");
            block(b, footer, spec);
        }

        if (spec.parent() != null) {
            seeAlso.add(0, name(spec.parent()));
        }
        if (!seeAlso.isEmpty()) {
            b.append(".SH SEE ALSO\n");
            for (int i = 0; i < seeAlso.size(); i++) {
                b.append(Roff.bold(seeAlso.get(i))).append("(1)").append(i < seeAlso.size() - 1 ? ",\n" : "\n");
            }
        }
        return b.toString();
    }

    /** Every command gets a page but picocli's own help command, which only prints --help. */
    public static boolean documented(CommandSpec spec) {
        return !(spec.userObject() instanceof CommandLine.HelpCommand);
    }

    /**
     * The first sentence of the header, or else of the description's first paragraph: help lists its lines as they
     * fit, a summary needs the sentence whole.
     */
    private static String summary(CommandSpec spec) {
        StringBuilder paragraph = new StringBuilder();
        String[] header = spec.usageMessage().header();
        for (String raw : header.length > 0 ? header : spec.usageMessage().description()) {
            for (String line : raw.split("%n|\n")) {
                if (line.isBlank()) {
                    if (paragraph.length() > 0) {
                        return firstSentence(paragraph.toString());
                    }
                } else {
                    paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
                }
            }
        }
        return paragraph.length() > 0 ? firstSentence(paragraph.toString()) : spec.name();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return (end < 0 ? text : text.substring(0, end)).replaceFirst("\\.$", "");
    }

    private static String optionHead(OptionSpec o) {
        StringBuilder b = new StringBuilder();
        for (String n : o.names()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(Roff.bold(n));
        }
        if (o.arity().max() > 0) {
            b.append('=').append(Roff.italic(o.paramLabel()));
        }
        return b.toString();
    }

    /**
     * Description lines as picocli keeps them: a blank line starts a paragraph, an indented line (an example, a
     * table row) is printed as it is, the rest is filled.
     */
    private static void block(StringBuilder b, String[] lines, Object owner) {
        boolean literal = false;
        for (String raw : lines) {
            for (String line : expand(raw, owner).split("%n|\n", -1)) {
                boolean indented = line.startsWith(" ");
                if (indented && !literal) {
                    b.append(".nf\n");
                    literal = true;
                } else if (!indented && literal) {
                    b.append(".fi\n");
                    literal = false;
                }
                if (line.isBlank()) {
                    b.append(literal ? "\n" : ".PP\n");
                } else {
                    b.append(Roff.text(literal ? line : line.strip())).append('\n');
                }
            }
        }
        if (literal) {
            b.append(".fi\n");
        }
    }

    /** The variables --help fills in for an option; the rest picocli has interpolated already. */
    private static String expand(String line, Object owner) {
        if (owner instanceof ArgSpec a) {
            String def = a.defaultValueString();
            line = line.replace("${DEFAULT-VALUE}", def == null ? "" : def);
            if (a.completionCandidates() != null) {
                List<String> c = new ArrayList<>();
                a.completionCandidates().forEach(c::add);
                line = line.replace("${COMPLETION-CANDIDATES}", String.join(", ", c));
            }
        }
        return line;
    }
}
