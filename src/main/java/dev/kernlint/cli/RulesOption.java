package dev.kernlint.cli;

import dev.kernlint.engine.RuleBook;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --rules DIR: the user's own DRL files, added to the built-in rules. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the .drl files in DIR (compiled at start, ~1 s more). See README, \"Writing a rule\".")
    Path rulesDir;

    public RuleBook load() {
        return RuleBook.load(rulesDir);
    }
}
