package dev.kernlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A /proc tree with many processes, for measuring collectors at scale: each process gets a stat and a status
 * file shaped like the kernel's (6.x fields), a mix of kernel threads, services with threads, zombies and swap users.
 */
public final class SyntheticProc {
    private SyntheticProc() {}

    public static Path write(Path root, int processes) {
        try {
            Files.createDirectories(root.resolve("proc"));
            Files.writeString(root.resolve("proc/meminfo"), "MemTotal:       16384000 kB\nMemFree:         8000000 kB\n"
                    + "MemAvailable:   12000000 kB\nBuffers:          200000 kB\nCached:          4000000 kB\nAnonPages:       3000000 kB\n"
                    + "SwapTotal:       4194300 kB\nSwapFree:        3145000 kB\n");
            for (int pid = 1; pid <= processes; pid++) {
                boolean kthread = pid > 1 && pid < 100;
                char state = kthread ? (pid % 3 == 0 ? 'I' : 'S') : pid % 97 == 0 ? 'Z' : pid % 13 == 0 ? 'R' : 'S';
                int ppid = pid == 1 ? 0 : kthread ? 2 : 1 + pid % 50;
                int threads = kthread ? 1 : 1 + pid % 7;
                Path dir = Files.createDirectories(root.resolve("proc/" + pid));
                Files.writeString(dir.resolve("stat"), stat(pid, kthread ? "kworker/" + pid + ":1-events" : "svc (" + pid + ") x",
                        state, ppid, threads, kthread), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("status"), status(pid, ppid, threads, kthread ? null : (long) (pid % 5) * 1024), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stat(int pid, String comm, char state, int ppid, int threads, boolean kthread) {
        return pid + " (" + comm + ") " + state + " " + ppid + " " + ppid + " " + ppid + " 0 -1 " + (kthread ? 69238880 : 4194560)
                + " 2301 0 12 0 120 45 0 0 20 0 " + threads + " 0 " + (1000 + pid) + " 912384000 12034 18446744073709551615"
                + " 94586788683776 94586788701705 140733740935920 0 0 0 0 4096 17 0 0 0 17 1 0 0 0 0 0 94586788715792"
                + " 94586788717056 94587066593280 140733740943907 140733740943921 140733740943921 140733740945389 0\n";
    }

    private static String status(int pid, int ppid, int threads, Long swapKb) {
        StringBuilder sb = new StringBuilder(1400);
        sb.append("Name:\tsvc\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t").append(pid).append("\nNgid:\t0\nPid:\t").append(pid)
                .append("\nPPid:\t").append(ppid).append("\nTracerPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nFDSize:\t64\nGroups:\t \n");
        if (swapKb != null) {
            sb.append("VmPeak:\t  912384 kB\nVmSize:\t  912384 kB\nVmLck:\t       0 kB\nVmPin:\t       0 kB\nVmHWM:\t   48136 kB\n")
                    .append("VmRSS:\t   48136 kB\nRssAnon:\t   30000 kB\nRssFile:\t   18136 kB\nRssShmem:\t       0 kB\n")
                    .append("VmData:\t  300000 kB\nVmStk:\t     132 kB\nVmExe:\t      20 kB\nVmLib:\t    1528 kB\nVmPTE:\t     144 kB\n")
                    .append("VmSwap:\t").append(String.format("%8d", swapKb)).append(" kB\nHugetlbPages:\t       0 kB\n");
        }
        sb.append("Threads:\t").append(threads).append("\nSigQ:\t0/96364\nSigPnd:\t0000000000000000\nShdPnd:\t0000000000000000\n")
                .append("SigBlk:\t0000000000000000\nSigIgn:\t0000000000000006\nSigCgt:\t0000000000000000\n")
                .append("Cpus_allowed:\t3\nCpus_allowed_list:\t0-1\nvoluntary_ctxt_switches:\t1\nnonvoluntary_ctxt_switches:\t4\n");
        return sb.toString();
    }
}
