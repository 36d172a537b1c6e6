package dev.kernlint.collect;

import dev.kernlint.fact.ProcessInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * What each process's /proc/PID/stat said in the previous sample of a live audit, and the process read from it.
 * A process whose stat line is the same to the byte used no CPU time, took no page fault and kept its resident
 * size (fields 10, 12, 14, 15, 24): its anonymous memory did not move, so the previous reading stands and its
 * statm (or status) is not read again. On a host of mostly sleeping processes this halves the per-process reads.
 * Processes in D are always read in full: their wait channel and stack are read in every sample.
 * Only the live audit keeps one: a snapshot records, and its audit reads, every file of every sample.
 */
public final class UnchangedProcesses {
    private record Seen(String stat, boolean statusRead, ProcessInfo process) {}

    private Map<String, Seen> last = Map.of();
    private Map<String, Seen> next = new HashMap<>();

    /**
     * The process read in the previous sample, when its stat text is the same now and status is read as then
     * (swap came into use, or went); else null.
     */
    ProcessInfo unchanged(String pid, String stat, boolean statusRead) {
        Seen s = last.get(pid);
        return s != null && s.statusRead() == statusRead && s.process().state() != 'D' && s.stat().equals(stat) ? s.process() : null;
    }

    /** A process read in full (or kept) in this sample, for the next one to compare with. */
    void seen(String pid, String stat, boolean statusRead, ProcessInfo p) {
        next.put(pid, new Seen(stat, statusRead, p));
    }

    /** This sample's processes become the ones the next sample compares with; processes gone are forgotten. */
    void sampleDone() {
        last = next;
        next = new HashMap<>(last.size() * 2);
    }
}
