package dev.kernlint.cli;

import dev.kernlint.engine.RuleBookException;
import dev.kernlint.parse.ParseException;
import dev.kernlint.profile.ProfileException;
import dev.kernlint.report.ErrorText;
import dev.kernlint.report.ReportException;
import dev.kernlint.report.TerminalText;
import dev.kernlint.source.SnapshotException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point: runs the command line and turns every known error into one line on stderr and exit code 2, and
 * anything else, an Error included, into one line and exit code 3. No line shows a Java class name or a control
 * character from the input (see {@link TerminalText}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            // a thread that dies of an uncaught error gets one line too, not the JVM's stack trace
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> internalError(e, new PrintWriter(System.err, true), null));
            if (isVersionOnly(args)) {
                System.out.println(versionLine());
                System.out.flush();
                System.exit(ExitCode.OK);
            }
            prefetchCommands(args);
            preloadRules(args);
            code = run(args);
        } catch (Throwable e) { // what escapes picocli's handlers: its own start-up, an Error while printing
            code = internalError(e, new PrintWriter(System.err, true), args.length == 0 ? null : args[0]);
        }
        System.exit(code);
    }

    /**
     * `kernlint --version` alone answers before picocli loads: picocli's classes are Java 5 class files the
     * class-data archive cannot hold, and building the command line costs more than the rest of the answer.
     * The text is the one picocli prints for --version (the same VersionProvider).
     */
    static boolean isVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    static String versionLine() {
        return String.join(System.lineSeparator(), new KernlintCommand.VersionProvider().getVersion());
    }

    /** The commands that read this host by default, and the options that make them read something else. */
    private static final java.util.Set<String> LIVE = java.util.Set.of("audit", "collect", "fix", "baseline");
    private static final java.util.List<String> NOT_THIS_HOST = java.util.List.of("--snapshot", "--root", "--command-timeout",
            "-h", "--help", "--version");

    /**
     * A command that reads this host starts the tools it will run (see {@link dev.kernlint.source.CommandPrefetch})
     * before picocli builds the command line. An option that reads another source or changes the tools' timeout
     * leaves the collectors to run them themselves.
     */
    static void prefetchCommands(String[] args) {
        if (args.length == 0 || !LIVE.contains(args[0])) {
            return;
        }
        for (String a : args) {
            for (String o : NOT_THIS_HOST) {
                if (a.equals(o) || a.startsWith(o + "=")) {
                    return;
                }
            }
        }
        dev.kernlint.source.CommandPrefetch.start(dev.kernlint.collect.CommandPlan::of);
    }

    /** The commands that judge a host; each loads the built-in rules. */
    private static final java.util.Set<String> JUDGING = java.util.Set.of("audit", "fix", "diff", "baseline", "fleet");

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
            } catch (Throwable e) {
                // the command's own load reports it
            }
        }, "kernlint-rules-preload");
        t.setDaemon(true);
        t.start();
    }

    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        return cl.execute(args);
    }

    /** The subcommands by name, in the order help lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("audit", AuditCommand::new);
        m.put("collect", CollectCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("fleet", FleetCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("fix", FixCommand::new);
        m.put("profiles", ProfilesCommand::new);
        m.put("baseline", BaselineCommand::new);
        m.put("config", ConfigCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The whole command line, every subcommand in it (for help and tests). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments. Picocli reflects over every subcommand it is given, which costs tens of
     * milliseconds each on a cold JVM; when the first argument names a subcommand, only that one is built.
     * Anything else (no argument, help, an unknown name, an option) gets all of them, so help and errors stay whole.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(args, dev.kernlint.config.Settings.ofProcess());
    }

    /** One subcommand alone, with only its built-in defaults (for `config show`); null for an unknown name. */
    static CommandLine bare(String name) {
        java.util.function.Supplier<Object> s = SUBCOMMANDS.get(name);
        return s == null ? null : new CommandLine(s.get());
    }

    /** The command line with these settings (config files, KERNLINT_* variables) for the option defaults. */
    public static CommandLine commandLine(String[] args, dev.kernlint.config.Settings settings) {
        CommandLine cl = new CommandLine(new KernlintCommand());
        String first = args.length == 0 ? null : args[0];
        boolean one = first != null && SUBCOMMANDS.containsKey(first) && !first.equals("help");
        for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (!one || e.getKey().equals(first)) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
        HelpSections.install(cl);
        // after the subcommands: picocli hands the provider to the commands present when it is set
        cl.setDefaultValueProvider(new ConfigDefaults(settings));
        cl.setExecutionExceptionHandler(Main::handle);
        // picocli hands only Exceptions to the handler above; an Error (out of memory, stack overflow) leaves
        // execute() as it is unless the strategy that runs the command catches it
        cl.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                return internalError(e, parsed.commandSpec().commandLine().getErr(), parsed.subcommand() == null ? null
                        : parsed.subcommand().commandSpec().name());
            }
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kernlint: " + TerminalText.escape(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.ERROR;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UserError || ex instanceof SnapshotException || ex instanceof ProfileException
                || ex instanceof RuleBookException || ex instanceof ParseException || ex instanceof ReportException
                || ex instanceof dev.kernlint.config.ConfigException) {
            err.println("kernlint: " + TerminalText.escape(ex.getMessage()));
            return ExitCode.ERROR;
        }
        if (ex instanceof java.io.IOException io) {
            err.println("kernlint: " + TerminalText.escape(ErrorText.ioWithFile(io)));
            return ExitCode.ERROR;
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            err.println("kernlint: " + TerminalText.escape(ErrorText.ioWithFile(u.getCause())));
            return ExitCode.ERROR;
        }
        return internalError(ex, err, cl.getCommandName());
    }

    /** Exit 3 with one line that says what happened in words; the stack trace only with KERNLINT_DEBUG=1. */
    static int internalError(Throwable e, PrintWriter err, String command) {
        String where = command == null || command.equals("kernlint") || command.equals("<main class>") ? ""
                : " while running " + TerminalText.escape(command);
        err.println("kernlint: internal error: " + ErrorText.internal(e) + where
                + " (please report it; KERNLINT_DEBUG=1 prints the stack trace)");
        if (System.getenv("KERNLINT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
