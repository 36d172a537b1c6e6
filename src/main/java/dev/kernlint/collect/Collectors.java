package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Source;
import java.util.List;

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
                new SmtCollector(),
                new SysctlConfigCollector());
    }

    /** The collectors of inputs that change from second to second, run again for each later sample. */
    public static List<Collector> sampled() {
        return List.of(
                new MemInfoCollector(),
                new SockStatCollector(),
                new TcpSocketCollector(),
                new NetCountersCollector(),
                new SoftnetCollector(),
                // NUMA and NIC rates; the NUMA ones read nothing on a host with one node
                new VmStatCollector(),
                new NumaStatCollector(),
                new ZoneInfoCollector(),
                new NicCountersCollector());
    }

    public static Facts run(Source source) {
        return run(source, all());
    }

    public static Facts run(Source source, List<Collector> collectors) {
        Facts facts = new Facts();
        for (Collector c : collectors) {
            try {
                c.collect(source, facts);
            } catch (ParseException e) {
                facts.gap(c.area(), c.getClass().getSimpleName(), "unparseable: " + e.getMessage());
            } catch (RuntimeException e) {
                // a collector bug must cost its own area only; the message keeps it reportable
                facts.gap(c.area(), c.getClass().getSimpleName(), "collector failed: " + e);
            }
        }
        return facts;
    }
}
