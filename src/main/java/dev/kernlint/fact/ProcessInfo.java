package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One process from /proc/PID/stat (and /proc/PID/status when read), kept small: thousands of them are facts.
 *
 * @param state      the one-letter state: R S D T t X Z P I (I = idle kernel thread, 4.14+, never counted as D)
 * @param threads    num_threads; a zombie leader still counts 1, so the sum over processes is what uses pids
 * @param policy     scheduling policy (0 normal, 1 SCHED_FIFO, 2 SCHED_RR, 3 batch, 5 idle, 6 deadline); null on kernels without field 41
 * @param kernelThread PF_KTHREAD set in the flags field: a kernel thread, never a user's process
 * @param vmSwapKb   VmSwap from /proc/PID/status: anonymous private pages in swap (shmem swap is not included); null when not read
 * @param rssAnonKb  RssAnon (4.5+, from status or statm); null when not read or absent
 * @param startTime  field 22 of stat, clock ticks after boot: with the pid, what tells a process from a later one
 *                   that reuses its pid
 */
public record ProcessInfo(int pid, int ppid, String comm, char state, int threads, Integer policy, Integer rtPriority,
                          boolean kernelThread, Long vmSwapKb, Long rssAnonKb, long startTime) {

    public static final int SCHED_FIFO = 1;
    public static final int SCHED_RR = 2;

    public boolean zombie() {
        return state == 'Z';
    }

    public boolean realtime() {
        return policy != null && (policy == SCHED_FIFO || policy == SCHED_RR);
    }

    public String policyName() {
        if (policy == null) {
            return "unknown";
        }
        return switch (policy) {
            case 0 -> "SCHED_OTHER";
            case SCHED_FIFO -> "SCHED_FIFO";
            case SCHED_RR -> "SCHED_RR";
            case 3 -> "SCHED_BATCH";
            case 5 -> "SCHED_IDLE";
            case 6 -> "SCHED_DEADLINE";
            default -> "policy " + policy;
        };
    }

    public ProcessInfo withMemory(Long vmSwap, Long rssAnon) {
        return new ProcessInfo(pid, ppid, comm, state, threads, policy, rtPriority, kernelThread, vmSwap, rssAnon, startTime);
    }

    /** "PID@STARTTIME": the entity of a per-process series, stable for one process and never shared with a later one. */
    public String key() {
        return pid + "@" + startTime;
    }

    /** The n processes with the most swap, largest first (none with 0 or unknown VmSwap). */
    public static List<ProcessInfo> topBySwap(Collection<?> all, int n) {
        List<ProcessInfo> users = new ArrayList<>();
        for (Object o : all) {
            ProcessInfo p = (ProcessInfo) o;
            if (p.vmSwapKb() != null && p.vmSwapKb() > 0) {
                users.add(p);
            }
        }
        users.sort(Comparator.comparingLong(ProcessInfo::vmSwapKb).reversed().thenComparingInt(ProcessInfo::pid));
        return users.subList(0, Math.min(n, users.size()));
    }

    /** "812 pulseaudio SCHED_RR 5" per process, for evidence. */
    public static List<String> describePolicy(Collection<?> ps, int n) {
        List<ProcessInfo> sorted = new ArrayList<>();
        for (Object o : ps) {
            sorted.add((ProcessInfo) o);
        }
        sorted.sort(Comparator.comparingInt(ProcessInfo::pid));
        List<String> out = new ArrayList<>();
        for (ProcessInfo p : sorted.subList(0, Math.min(n, sorted.size()))) {
            out.add(p.pid() + " " + p.comm() + " " + p.policyName() + " " + p.rtPriority());
        }
        return out;
    }

    /** "1234 java 512 MiB" per process, for evidence. */
    public static List<String> describeSwap(List<ProcessInfo> ps) {
        List<String> out = new ArrayList<>();
        for (ProcessInfo p : ps) {
            out.add(p.pid() + " " + p.comm() + " " + Sizes.kb(p.vmSwapKb()));
        }
        return out;
    }
}
