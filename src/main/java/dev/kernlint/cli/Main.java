package dev.kernlint.cli;

import dev.kernlint.engine.RuleBookException;
import dev.kernlint.parse.ParseException;
import dev.kernlint.profile.ProfileException;
import dev.kernlint.report.ReportException;
import dev.kernlint.source.SnapshotException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and turns every known error into one line on stderr and exit code 2. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        preloadRules(args);
        System.exit(run(args));
    }

    /** The commands that judge a host; each loads the built-in rules. */
    private static final java.util.Set<String> JUDGING = java.util.Set.of("audit", "fix", "diff", "baseline");

    /**
     * Loading the rules (~0.4 s) and building the command line (~0.2 s: picocli is reflection on cold code) are
     * independent, so a judging command starts the load on a second thread before anything else. RuleBook caches
     * the built-in rules, and the command's own load waits for this one. With --rules the command loads its own set.
     */
    static void preloadRules(String[] args) {
        if (args.length == 0 || !JUDGING.contains(args[0])) {
            return;
        }
        for (String a : args) {
            if (a.equals("--rules") || a.startsWith("--rules=") || a.equals("-h") || a.equals("--help") || a.equals("--version")) {
                return;
            }
        }
        Thread t = new Thread(() -> {
            try {
                dev.kernlint.engine.RuleBook.load(null);
            } catch (RuntimeException e) {
                // the command's own load reports it
            }
        }, "kernlint-rules-preload");
        t.setDaemon(true);
        t.start();
    }

    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KernlintCommand());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kernlint: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.ERROR;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UserError || ex instanceof SnapshotException || ex instanceof ProfileException
                || ex instanceof RuleBookException || ex instanceof ParseException || ex instanceof ReportException) {
            err.println("kernlint: " + ex.getMessage());
            return ExitCode.ERROR;
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            err.println("kernlint: " + ex.getMessage());
            return ExitCode.ERROR;
        }
        err.println("kernlint: internal error: " + ex + " (please report it; KERNLINT_DEBUG=1 prints the stack trace)");
        if (System.getenv("KERNLINT_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }
}
