package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;
import static dev.kernlint.fuzz.Fuzz.two;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.VmStat;
import dev.kernlint.source.Input;
import java.util.BitSet;

/**
 * Fuzz targets for the parsers of /proc and /sys text (memory, load, processes, CPUs, kernel, cgroups): each
 * returns a value or throws ParseException, never anything else. Seeds: the real files in
 * ProcFilesFuzzTestInputs/METHOD/. Fuzz one with bench/fuzz.sh; `mvn test` runs the seeds and past crashes.
 */
class ProcFilesFuzzTest {

    @FuzzTest
    void memInfo(byte[] data) {
        try {
            MemInfo m = MemInfoParser.parse(text(data));
            check(m.has("MemTotal"), "a parsed meminfo has MemTotal");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void vmStat(byte[] data) {
        try {
            check(!VmStatParser.parse(text(data)).isEmpty(), "a parsed vmstat has counters");
        } catch (ParseException expected) {
        }
    }

    /** meminfo NUL vmstat: the page size both imply, or null. */
    @FuzzTest
    void pageSize(byte[] data) {
        String[] t = two(data);
        MemInfo mem;
        VmStat vm;
        try {
            mem = MemInfoParser.parse(t[0]);
            vm = new VmStat(VmStatParser.parse(t[1]));
        } catch (ParseException expected) {
            return;
        }
        Integer size = PageSize.infer(mem, vm);
        check(size == null || size == 4096 || size == 8192 || size == 16384 || size == 65536, "a Linux page size");
    }

    @FuzzTest
    void kernelStat(byte[] data) {
        try {
            KernelStatParser.parse(text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void loadAvg(byte[] data) {
        try {
            LoadAvgParser.parse(text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void uptime(byte[] data) {
        try {
            double s = UptimeParser.seconds(text(data));
            check(s >= 0 && !Double.isNaN(s), "uptime is not negative or NaN");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void dentryState(byte[] data) {
        try {
            DentryStateParser.parse(text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void pressure(byte[] data) {
        try {
            PressureParser.parse("io", text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void zoneInfo(byte[] data) {
        try {
            check(!ZoneInfoParser.parse(text(data)).zones().isEmpty(), "a parsed zoneinfo has a zone");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void slabInfo(byte[] data) {
        try {
            SlabInfoParser.parse(text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void processStat(byte[] data) {
        try {
            ProcessInfo p = ProcessStatParser.parse(text(data));
            check(p.pid() >= 0 && p.ppid() >= 0 && p.threads() >= 0, "pid, ppid and num_threads are not negative");
            check(p.startTime() >= 0, "starttime is not negative");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void processStatus(byte[] data) {
        try {
            ProcessStatusParser.Status s = ProcessStatusParser.parse(text(data));
            check((s.ppid() == null || s.ppid() >= 0) && (s.threads() == null || s.threads() >= 0),
                    "PPid and Threads are not negative");
            check((s.vmSwapKb() == null || s.vmSwapKb() >= 0) && (s.rssAnonKb() == null || s.rssAnonKb() >= 0),
                    "VmSwap and RssAnon are not negative");
        } catch (ParseException expected) {
        }
    }

    /** Documented as never throwing: null for anything it cannot read. */
    @FuzzTest
    void statm(byte[] data) {
        Long kb = StatmParser.anonKb(Input.ok("/proc/1/statm", text(data)), 4096);
        check(kb == null || kb >= 0, "RssAnon from statm is not negative");
    }

    @FuzzTest
    void smaps(byte[] data) {
        try {
            for (dev.kernlint.fact.Mapping m : SmapsParser.parse(text(data))) {
                check(Long.compareUnsigned(m.end(), m.start()) >= 0, "a mapping does not end before it starts");
            }
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void smapsRollup(byte[] data) {
        try {
            check(SmapsRollupParser.span(text(data)).path().endsWith("[rollup]"), "a rollup is one [rollup] span");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void maps(byte[] data) {
        try {
            check(MapsParser.parse(text(data)).stream().allMatch(m -> m.kb().isEmpty()), "maps has no sizes");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void schedDebug(byte[] data) {
        try {
            SchedDebugParser.parse(text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void cpuInfo(byte[] data) {
        try {
            CpuInfoParser.CpuInfo c = CpuInfoParser.parse(text(data));
            check(c.logical() > 0, "a parsed cpuinfo has a processor");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void cpuList(byte[] data) {
        String t = text(data);
        try {
            BitSet set = CpuListParser.parse(t);
            check(set.length() <= (1 << 20) + 1, "a cpu list stays within 2^20 CPUs");
            check(CpuListParser.count(t) == set.cardinality(), "count is the size of the list");
        } catch (ParseException expected) {
        }
    }

    /** block_size_bytes NUL memoryN/state. */
    @FuzzTest
    void memoryBlock(byte[] data) {
        String[] t = two(data);
        try {
            check(MemoryBlockParser.blockSize(t[0]) > 0, "a block size is positive");
        } catch (ParseException expected) {
        }
        try {
            MemoryBlockParser.online(t[1]);
        } catch (ParseException expected) {
        }
    }

    /** Documented as taking any text: a flag or key=value per word. */
    @FuzzTest
    void kernelCmdline(byte[] data) {
        KernelCmdlineParser.parse(text(data));
    }

    @FuzzTest
    void kernelRelease(byte[] data) {
        try {
            KernelVersion v = KernelReleaseParser.parse(text(data));
            check(v.major() >= 0 && v.minor() >= 0 && v.patch() >= 0, "version numbers are not negative");
        } catch (ParseException expected) {
        }
    }

    /** cpu.max NUL pids.max. */
    @FuzzTest
    void cgroup(byte[] data) {
        String[] t = two(data);
        try {
            Long[] q = CgroupParser.cpuMax(t[0]);
            check(q.length == 2 && q[1] != null && q[1] >= 0 && (q[0] == null || q[0] >= 0), "quota and period are not negative");
        } catch (ParseException expected) {
        }
        try {
            Long l = CgroupParser.limit(t[1], "pids.max");
            check(l == null || l >= 0, "a limit is not negative");
        } catch (ParseException expected) {
        }
    }

    /** Documented as taking any text: KEY=VALUE lines, others skipped. */
    @FuzzTest
    void uevent(byte[] data) {
        UeventParser.parse(text(data));
    }

    @FuzzTest
    void mounts(byte[] data) {
        try {
            for (MountsParser.Mount m : MountsParser.parse(text(data))) {
                check(m.device() != null && m.mountPoint() != null, "device and mount point are set");
            }
        } catch (ParseException expected) {
        }
    }
}
