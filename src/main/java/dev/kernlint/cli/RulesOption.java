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

    /** Starts loading the rules on another thread; get() waits for them and rethrows a load error as is. */
    public java.util.function.Supplier<RuleBook> loadInBackground() {
        java.util.concurrent.FutureTask<RuleBook> task = new java.util.concurrent.FutureTask<>(this::load);
        Thread t = new Thread(task, "kernlint-rules");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return task.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading rules");
            }
        };
    }
}
