package dev.kernlint.source;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.PsTableParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The processes of a sosreport, which keeps no /proc/PID files but three `ps` listings of one moment: `ps
 * alxwww` (state, parent, nice, VSZ, RSS), `ps axo pid,ppid,user,group,lwp,nlwp,start_time,comm,cgroup` (the
 * command name and thread count) and `ps axo flags,state,...,cls,pri,...,wchan:20,...` (scheduling class,
 * priority, wait channel). Each process becomes the /proc/PID/stat line those values make, so the process
 * collector reads a sosreport as it reads a host. What ps does not show is 0 in that line: CPU times, faults and
 * the start time (one moment has no rates), and so the flags but PF_KTHREAD, which a kernel thread's empty memory
 * and bracketed name stand for.
 */
final class SosProcesses {
    static final String ALX = "ps alxwww";
    static final String NAMES = "ps axo pid,ppid,user,group,lwp,nlwp,start_time,comm,cgroup";
    static final String SCHED = "ps axo flags,state,uid,pid,ppid,pgid,sid,cls,pri,addr,sz,wchan:20,lstart,tty,time,cmd";

    private static final long PF_KTHREAD = 0x00200000L;
    private static final long PAGE_KB = 4;

    private final Map<String, String> stat = new TreeMap<>();
    private final Map<String, String> wchan = new TreeMap<>();
    private final Input missing;

    /**
     * @param alx   the ps alxwww listing; without it there are no processes, and every read is this Input's failure
     * @param names the comm listing, or a failed Input (the command name is then the first word of the arguments)
     * @param sched the scheduling listing, or a failed Input (policy and wait channel are then left out)
     */
    SosProcesses(Input alx, Input names, Input sched) {
        this.missing = alx.isOk() ? null : alx;
        if (!alx.isOk()) {
            return;
        }
        Map<String, Map<String, String>> byName = byPid(names);
        Map<String, Map<String, String>> bySched = byPid(sched);
        for (Map<String, String> p : PsTableParser.parse(alx.text())) {
            String pid = p.get("PID");
            if (pid == null || !pid.matches("\\d{1,10}")) {
                continue;
            }
            Map<String, String> n = byName.getOrDefault(pid, Map.of());
            Map<String, String> s = bySched.getOrDefault(pid, Map.of());
            stat.put(pid, statLine(pid, p, n, s));
            String w = s.get("WCHAN");
            if (w != null && !w.equals("-")) {
                wchan.put(pid, w);
            }
        }
    }

    private static Map<String, Map<String, String>> byPid(Input in) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        if (!in.isOk()) {
            return out;
        }
        try {
            for (Map<String, String> r : PsTableParser.parse(in.text())) {
                out.putIfAbsent(r.get("PID"), r);
            }
        } catch (ParseException e) {
            // a listing that is not one: the values it would add are left out, as when sos did not run it
        }
        return out;
    }

    /** The PIDs ps listed. */
    List<String> pids() {
        return List.copyOf(stat.keySet());
    }

    /** /proc/PID/stat or /proc/PID/wchan of a listed process; a gap for every other file and process. */
    Input read(String path) {
        String[] parts = path.split("/");
        if (parts.length != 4 || !parts[1].equals("proc")) {
            return null;
        }
        if (missing != null) {
            return Input.failed(path, missing.status(), missing.reason());
        }
        String pid = parts[2];
        Map<String, String> table = switch (parts[3]) {
            case "stat" -> stat;
            case "wchan" -> wchan;
            default -> null;
        };
        if (table == null) {
            return null;
        }
        String text = table.get(pid);
        if (text != null) {
            return Input.ok(path, text);
        }
        return stat.containsKey(pid)
                ? Input.failed(path, ReadStatus.MISSING, "not in this sosreport: ps showed no wait channel for pid " + pid)
                : Input.failed(path, ReadStatus.MISSING, "not in this sosreport: ps listed no pid " + pid);
    }

    private static String statLine(String pid, Map<String, String> alx, Map<String, String> names, Map<String, String> sched) {
        String args = alx.getOrDefault("COMMAND", "");
        boolean kernel = number(alx.get("VSZ")) == 0 && number(alx.get("RSS")) == 0 && args.startsWith("[") && args.endsWith("]");
        String comm = names.get("COMMAND");
        if (comm == null || comm.isEmpty()) {
            comm = kernel ? args.substring(1, args.length() - 1) : firstWordName(args);
        }
        if (comm.length() > 15) {
            comm = comm.substring(0, 15); // TASK_COMM_LEN, as the kernel keeps it
        }
        String st = alx.getOrDefault("STAT", "?");
        char state = st.isEmpty() ? '?' : st.charAt(0);
        long threads = Math.max(1, number(names.get("NLWP")));
        long pri = number(sched.get("PRI"));
        Integer policy = policy(sched.get("CLS"));
        boolean rt = policy != null && (policy == 1 || policy == 2);
        StringBuilder b = new StringBuilder(160);
        // fields 1-9: pid (comm) state ppid pgrp session tty_nr tpgid flags
        b.append(pid).append(" (").append(comm).append(") ").append(state).append(' ').append(number(alx.get("PPID")))
                .append(" 0 0 0 0 ").append(kernel ? PF_KTHREAD : 0);
        // 10-17: faults and CPU times, 18 priority, 19 nice, 20 num_threads, 21 itrealvalue, 22 starttime
        b.append(" 0 0 0 0 0 0 0 0 ").append(sched.containsKey("PRI") ? 39 - pri : 20).append(' ')
                .append(signed(alx.get("NI"))).append(' ').append(threads).append(" 0 0");
        // 23 vsize in bytes, 24 rss in pages, 25-39, 40 rt_priority, 41 policy
        b.append(' ').append(number(alx.get("VSZ")) * 1024).append(' ').append(number(alx.get("RSS")) / PAGE_KB);
        b.append(" 0".repeat(15));
        if (policy != null) {
            b.append(' ').append(rt ? Math.max(0, pri - 40) : 0).append(' ').append(policy);
        }
        return b.append('\n').toString();
    }

    /** The class ps prints (CLS) as the kernel's policy number; null when ps did not say. */
    private static Integer policy(String cls) {
        if (cls == null) {
            return null;
        }
        return switch (cls) {
            case "TS" -> 0;
            case "FF" -> 1;
            case "RR" -> 2;
            case "B" -> 3;
            case "IDL" -> 5;
            case "DLN" -> 6;
            default -> null;
        };
    }

    private static String firstWordName(String args) {
        String first = args.split("\\s+", 2)[0];
        int slash = first.lastIndexOf('/');
        return slash >= 0 ? first.substring(slash + 1) : first;
    }

    private static long number(String s) {
        if (s == null || !s.matches("\\d{1,15}")) {
            return 0;
        }
        return Long.parseLong(s);
    }

    private static String signed(String s) {
        return s != null && s.matches("-?\\d{1,3}") ? s : "0";
    }
}
