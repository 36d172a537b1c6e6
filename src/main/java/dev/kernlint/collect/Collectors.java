package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Every collector, in the order they run; and the loop that keeps one collector's failure from ending the audit. */
public final class Collectors {
    private Collectors() {}

    public static List<Collector> all() {
        return List.of(
                new KernelCollector(),
                new CpuCollector(),
                new SysctlCollector(),
                new PortRangeCollector(),
                new SockStatCollector(),
                new TcpSocketCollector(),
                new MemInfoCollector(),
                new OvercommitCollector(),
                new RingBufferCollector(),
                new NetCountersCollector(),
                new SoftnetCollector(),
                // NUMA, NIC, hardware and disk; HardwareCollector reads CpuTopology, so it runs after CpuCollector
                new NumaCollector(),
                new NicCollector(),
                new NicCountersCollector(),
                new NumaStatCollector(),
                new ZoneInfoCollector(),
                new HardwareCollector(),
                new DiskCollector(),
                new FilesystemCollector(),
                // memory, processes and sysctl persistence (catalog part A)
                new VmStatCollector(),
                new MemoryUseCollector(),
                new SlabCollector(),
                new LoadCollector(),
                new CgroupCollector(),
                new ProcessCollector(),
                new PressureCollector(),
                new SchedDebugCollector(),
                new SmtCollector(),
                new SysctlConfigCollector(),
                new SysctlContextCollector(),
                new KernelLogCollector());
    }

    /**
     * The collectors of inputs that change from second to second, run again for each later sample of a snapshot
     * (recorded or audited): every input is read as the first reading reads it.
     */
    public static List<Collector> sampled() {
        return sampled(new CloseWaitCollector(false), new ProcessCollector());
    }

    /**
     * The same for the later samples of a live audit, where nothing is recorded: CLOSE_WAIT sockets over netlink on
     * a busy host, and processes whose stat did not change since {@code processes} saw them are not read further.
     */
    public static List<Collector> sampledLive(UnchangedProcesses processes) {
        return sampled(new CloseWaitCollector(true), new ProcessCollector(processes));
    }

    private static List<Collector> sampled(Collector closeWait, Collector processes) {
        return List.of(
                new MemInfoCollector(),
                new SockStatCollector(),
                closeWait,
                new NetCountersCollector(),
                new SoftnetCollector(),
                // memory, processes and load over time: swap and dirty pages, leaks, D state, zombies, run queues
                new VmStatCollector(),
                new LoadCollector(),
                new PressureCollector(),
                processes,
                new SlabCollector(),
                new SchedDebugCollector(),
                // NUMA and NIC rates; the NUMA ones read nothing on a host with one node
                new NumaStatCollector(),
                new ZoneInfoCollector(),
                new NicCountersCollector());
    }

    public static Facts run(Source source) {
        return run(source, all());
    }

    /**
     * Runs the collectors on a few threads: most of their time is the kernel answering reads of /proc/sys and
     * tools such as ethtool and df running, which overlap well even on two cores. Each collector fills its own
     * Facts; they are merged in list order, so the result does not depend on timing. A collector that reads
     * facts of others ({@link Collector#readsFacts()}) runs after the rest, with their facts in view.
     */
    public static Facts run(Source source, List<Collector> collectors) {
        List<Collector> independent = collectors.stream().filter(c -> !c.readsFacts()).toList();
        List<Facts> parts = new ArrayList<>();
        if (independent.size() < 2 || !CollectorThreads.maySpread()) {
            for (Collector c : independent) {
                parts.add(runOne(c, source, new Facts()));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "kernlint-collect");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Facts>> futures = new ArrayList<>();
                for (Collector c : independent) {
                    futures.add(pool.submit(() -> runOne(c, source, new Facts())));
                }
                for (Future<Facts> f : futures) {
                    parts.add(join(f));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Facts facts = new Facts();
        parts.forEach(facts::addAll);
        for (Collector c : collectors) {
            if (c.readsFacts()) {
                runOne(c, source, facts);
            }
        }
        return facts;
    }

    /** Collectors wait on the kernel and on tools more than on the CPU: a third thread keeps two cores busy. */
    static final int THREADS = 3;

    private static Facts join(Future<Facts> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while collecting");
        } catch (ExecutionException e) {
            // runOne catches what collectors throw; anything else is a bug
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Facts runOne(Collector c, Source source, Facts facts) {
        try {
            c.collect(source, facts);
        } catch (ParseException e) {
            facts.collectorFailed(c.area(), "unparseable: " + e.getMessage());
        } catch (RuntimeException e) {
            // a collector bug costs its own facts only; which rules they feed is not known, so none counts as passed
            facts.collectorFailed(c.area(),
                    "collector failed: " + dev.kernlint.report.ErrorText.bug(e) + " (a bug in kernlint; please report it)");
            if (System.getenv("KERNLINT_DEBUG") != null) {
                e.printStackTrace();
            }
        }
        return facts;
    }
}
