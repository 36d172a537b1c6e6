package dev.kernlint.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Fuzzes ONE @FuzzTest method for a while, in this JVM: Jazzer fuzzes a single target per JVM (libFuzzer's state
 * is global), so {@link ShortFuzzRunTest} and bench/fuzz.sh start one of these per target.
 * <p>
 * Usage: {@code FuzzMain CLASS#METHOD SECONDS WORKDIR}. The generated corpus goes to WORKDIR/corpus, a crashing
 * input to WORKDIR/crash-SHA1 (never into src/: the committed corpus only grows by hand, with a regression test).
 * libFuzzer prints its statistics ("Done N runs in S second(s)", "exec/s:") on stderr. Exit 0 when the target ran
 * its time without a crash, 1 on a crash (the test failed), 2 on bad usage.
 */
public final class FuzzMain {
    private FuzzMain() {}

    /**
     * The committed seeds of every target, each prefixed with the byte that selects its target in
     * {@link EveryTargetFuzzTest}, so the one-JVM run starts from real inputs of every parser.
     */
    static void seedEveryTarget(Path corpus) throws IOException {
        List<EveryTargetFuzzTest.Target> all = EveryTargetFuzzTest.all();
        for (int i = 0; i < all.size(); i++) {
            EveryTargetFuzzTest.Target t = all.get(i);
            URL dir = t.type().getResource(t.type().getSimpleName() + "Inputs/" + t.method().getName());
            if (dir == null || !"file".equals(dir.getProtocol())) {
                continue;
            }
            List<Path> seeds;
            try (var files = Files.list(Path.of(URI.create(dir.toString())))) {
                seeds = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path seed : seeds) {
                byte[] b = Files.readAllBytes(seed);
                byte[] prefixed = new byte[b.length + 1];
                prefixed[0] = (byte) i;
                System.arraycopy(b, 0, prefixed, 1, b.length);
                Files.write(corpus.resolve("seed-" + i + "-" + seed.getFileName()), prefixed);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain CLASS#METHOD SECONDS WORKDIR");
            System.exit(2);
        }
        String[] target = args[0].split("#", 2);
        long seconds = Long.parseLong(args[1]);
        Path work = Path.of(args[2]).toAbsolutePath();
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        if (target[0].equals(EveryTargetFuzzTest.class.getName())) {
            seedEveryTarget(corpus);
        }
        // read by Jazzer's JUnit extension once, when it is loaded: fuzz instead of replaying the seeds
        System.setProperty("JAZZER_FUZZ", "1");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(target[0] + "#" + target[1] + "(byte[])"))
                // libFuzzer's command line: argv0, the corpus to write to (the committed seeds are added after
                // it by Jazzer, read-only), flags; later flags override the ones Jazzer puts first
                .configurationParameter("jazzer.internal.arg.0", "fuzz")
                .configurationParameter("jazzer.internal.arg.1", corpus.toString())
                .configurationParameter("jazzer.internal.arg.2", "-max_total_time=" + seconds)
                .configurationParameter("jazzer.internal.arg.3", "-artifact_prefix=" + work + "/")
                .configurationParameter("jazzer.internal.arg.4", "-print_final_stats=1")
                // a fixed seed by default, so the short run in mvn verify tries the same inputs each time and a green
                // run stays green (CI must not turn red on luck); -Dkernlint.fuzz.seed=0 asks libFuzzer for a new one
                .configurationParameter("jazzer.internal.arg.5", "-seed=" + System.getProperty("kernlint.fuzz.seed", "20261201"))
                // the parsers, loaders and readers under test; not the libraries they call
                // Jazzer's base for src/test/resources, where it would make empty Inputs directories and write crashes
                .configurationParameter("jazzer.internal.basedir", work.toString())
                .configurationParameter("jazzer.instrument", "dev.kernlint.**")
                // -Dkernlint.fuzz.keepGoing=N: report up to N distinct crashes instead of stopping at the first
                .configurationParameter("jazzer.keep_going", System.getProperty("kernlint.fuzz.keepGoing", "1"))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary s = summary.getSummary();
        for (TestExecutionSummary.Failure f : s.getFailures()) {
            Throwable t = f.getException();
            System.err.println("fuzz: " + args[0] + " crashed: " + t);
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                System.err.println("fuzz:   caused by " + c);
            }
        }
        if (s.getTestsFoundCount() == 0) {
            System.err.println("fuzz: no @FuzzTest " + args[0] + "(byte[])");
            System.exit(2);
        }
        if (target[0].equals(EveryTargetFuzzTest.class.getName())) {
            List<EveryTargetFuzzTest.Target> all = EveryTargetFuzzTest.all();
            for (int i = 0; i < all.size(); i++) {
                System.err.println("fuzz: runs " + all.get(i).name() + " " + EveryTargetFuzzTest.runs(i));
            }
        }
        List<Path> crashes;
        try (var files = Files.list(work)) {
            crashes = files.filter(p -> p.getFileName().toString().startsWith("crash-")).toList();
        }
        crashes.forEach(c -> System.err.println("fuzz: crashing input " + c));
        System.exit(s.getTotalFailureCount() > 0 || !crashes.isEmpty() ? 1 : 0);
    }
}
