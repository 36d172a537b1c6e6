package dev.kernlint.collect;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.ProcessSummary;
import dev.kernlint.fact.TaskWait;
import dev.kernlint.fact.ZombieParent;
import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.ProcessStatParser;
import dev.kernlint.parse.ProcessStatusParser;
import dev.kernlint.parse.StatmParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every process in /proc: /proc/PID/stat always, /proc/PID/status only while swap is in use (VmSwap is the one
 * thing the snapshot rules need from it, and skipping it halves the reads on a busy host), otherwise the one-line
 * /proc/PID/statm for RssAnon (resident - shared pages, 4.5+), which leak detection needs in every sample; and
 * wchan/stack of processes in D (few). Adds one
 * {@link ProcessInfo} per process, a {@link ProcessSummary} of counts and one {@link ZombieParent} per parent of
 * zombies. A process that exits while being read is skipped: that is a normal race, not an error.
 */
public final class ProcessCollector implements Collector {
    /** The name process gaps carry: the rules that need processes list it in @inputs. */
    public static final String INPUT = "/proc/PID/stat";
    /** The name of the gap when VmSwap could not be read: the rules that need it list it in @inputs. */
    public static final String STATUS = "/proc/PID/status";

    /** The processes of the previous live sample, or null: read every process in full. */
    private final UnchangedProcesses previous;

    public ProcessCollector() {
        this(null);
    }

    /** For the later samples of a live audit: processes whose stat did not change are not read further. */
    public ProcessCollector(UnchangedProcesses previous) {
        this.previous = previous;
    }

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        boolean readStatus = swapInUse(source);
        int pageSize = SlabCollector.pageSize(source);
        List<ProcessInfo> procs = new ArrayList<>();
        Input statusGap = null;
        int unparseable = 0;
        String firstError = null;
        for (String name : source.list("/proc")) {
            if (!isPid(name)) {
                continue;
            }
            Input stat = source.read("/proc/" + name + "/stat");
            if (!stat.isOk() || stat.text().isEmpty()) {
                continue; // exited between the listing and the read
            }
            ProcessInfo p = previous == null ? null : previous.unchanged(name, stat.text(), readStatus);
            if (p != null) {
                previous.seen(name, stat.text(), readStatus, p);
                procs.add(p);
                continue;
            }
            boolean whole = true;
            try {
                p = ProcessStatParser.parse(stat.text());
                if (readStatus && !p.kernelThread()) {
                    Input status = source.read("/proc/" + name + "/status");
                    if (!status.isOk()) {
                        if (status.status() == ReadStatus.MISSING && !Absence.explained(status)) {
                            continue; // exited between the two reads
                        }
                        // a source that keeps no status (a sosreport): swap per process is then not known
                        statusGap = statusGap == null ? status : statusGap;
                        whole = false;
                    } else {
                        ProcessStatusParser.Status s = ProcessStatusParser.parse(status.text());
                        p = p.withMemory(s.vmSwapKb(), s.rssAnonKb());
                    }
                }
                if (p.rssAnonKb() == null && !p.kernelThread() && p.state() != 'Z') {
                    p = p.withMemory(p.vmSwapKb(), StatmParser.anonKb(source.read("/proc/" + name + "/statm"), pageSize));
                    whole = p.rssAnonKb() != null;
                }
                if (p.state() == 'D') {
                    facts.add(new TaskWait(p.key(), p.pid(), p.comm(), wchan(source.read("/proc/" + name + "/wchan")),
                            text(source.read("/proc/" + name + "/stack"))));
                }
            } catch (ParseException e) {
                if (unparseable++ == 0) {
                    firstError = e.getMessage();
                }
                continue;
            }
            if (previous != null && whole) {
                previous.seen(name, stat.text(), readStatus, p);
            }
            procs.add(p);
        }
        if (previous != null) {
            previous.sampleDone();
        }
        if (unparseable > 0) {
            facts.gap(area(), INPUT, "unparseable for " + unparseable + " processes: " + firstError);
        }
        if (procs.isEmpty()) {
            // a source that keeps no /proc/PID/stat (a sosreport) says why in the read of PID 1's
            Input one = source.read("/proc/1/stat");
            facts.gap(area(), INPUT, Absence.explained(one) ? one.reason() : "no process found under /proc (not collected, or /proc not mounted)");
            return;
        }
        if (hiddenByHidepid(source, procs)) {
            facts.gap(area(), INPUT, "other users' processes are hidden (/proc mounted with hidepid): run as root");
            return;
        }
        if (statusGap != null) {
            facts.gap(area(), STATUS, statusGap.reason());
        }
        summarize(procs, readStatus && statusGap == null, facts);
    }

    static void summarize(List<ProcessInfo> procs, boolean statusRead, Facts facts) {
        int kernel = 0;
        int running = 0;
        int blocked = 0;
        int idle = 0;
        int stopped = 0;
        int zombies = 0;
        long threads = 0;
        long swap = 0;
        Map<Integer, String> comm = new HashMap<>();
        Map<Integer, int[]> zombiesByParent = new TreeMap<>();
        for (ProcessInfo p : procs) {
            comm.put(p.pid(), p.comm());
            threads += Math.max(1, p.threads());
            if (p.kernelThread()) {
                kernel++;
            }
            if (p.vmSwapKb() != null) {
                swap += p.vmSwapKb();
            }
            switch (p.state()) {
                case 'R' -> running++;
                case 'D' -> blocked++;
                case 'I' -> idle++;
                case 'T', 't' -> stopped++;
                case 'Z' -> {
                    zombies++;
                    zombiesByParent.computeIfAbsent(p.ppid(), k -> new int[1])[0]++;
                }
                default -> { }
            }
            facts.add(p);
        }
        facts.add(new ProcessSummary(procs.size(), threads, kernel, running, blocked, idle, stopped, zombies,
                statusRead, statusRead ? swap : null));
        zombiesByParent.forEach((ppid, n) -> facts.add(new ZombieParent(ppid, comm.get(ppid), n[0])));
    }

    private static String wchan(Input in) {
        String w = text(in);
        // "0" is what kernels print when kptr_restrict hides the symbol or the task is not sleeping
        return w == null || w.equals("0") ? null : w;
    }

    private static String text(Input in) {
        return in.isOk() && !in.text().isBlank() ? in.text().strip() : null;
    }

    /** Swap in use per /proc/meminfo; when unknown, read status anyway rather than miss swap users. */
    private static boolean swapInUse(Source source) {
        Input mem = source.read(MemInfoCollector.PATH);
        if (!mem.isOk()) {
            return true;
        }
        try {
            MemInfo m = MemInfoParser.parse(mem.text());
            Long total = m.get("SwapTotal");
            Long free = m.get("SwapFree");
            return total == null || free == null || total - free > 0;
        } catch (ParseException e) {
            return true;
        }
    }

    /**
     * With hidepid=1/2 (or invisible) an unprivileged reader sees only its own processes, and the counts would
     * pass silently. PID 1 exists in every pid namespace: when /proc/mounts says hidepid and PID 1 is not seen,
     * the table is partial.
     */
    private static boolean hiddenByHidepid(Source source, List<ProcessInfo> procs) {
        for (ProcessInfo p : procs) {
            if (p.pid() == 1) {
                return false;
            }
        }
        Input mounts = source.read("/proc/mounts");
        return mounts.isOk() && mounts.text().contains("hidepid=");
    }

    static boolean isPid(String name) {
        if (name.isEmpty() || name.length() > 10) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
