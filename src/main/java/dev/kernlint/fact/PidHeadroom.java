package dev.kernlint.fact;

/**
 * How close the host (or container) is to running out of task ids: every thread and every zombie holds one pid,
 * and fork()/clone() fail with EAGAIN at whichever limit comes first: kernel.pid_max (the pid space),
 * kernel.threads-max (tasks the kernel allows) or the cgroup's pids.max (a container's or service's share).
 *
 * @param tasks        the larger of the kernel's own count and the tasks visible under /proc
 * @param visibleTasks the sum of num_threads over /proc (zombies count one each): hidepid, a pid namespace or a
 *                     snapshot of a few processes hide most of them
 * @param kernelTasks  the total after the '/' in /proc/loadavg (nr_threads: every task, zombies included), or null
 * @param cgroupTasks  pids.current when the cgroup reports it, else tasks
 */
public record PidHeadroom(long tasks, long visibleTasks, Long kernelTasks, long pidMax, long threadsMax, Long pidsMax, long cgroupTasks) {

    /** @param loads the LoadAverage facts (none when /proc/loadavg was not read) */
    public static PidHeadroom of(ProcessSummary p, Long pidMax, Long threadsMax, CgroupLimits c, java.util.List<?> loads) {
        Long kernel = null;
        for (Object o : loads) {
            kernel = ((LoadAverage) o).tasks();
        }
        long tasks = kernel == null ? p.threads() : Math.max(p.threads(), kernel);
        return new PidHeadroom(tasks, p.threads(), kernel, pidMax, threadsMax, c.pidsMax(), c.pidsCurrent() != null ? c.pidsCurrent() : tasks);
    }

    /** The largest share of any limit in use. */
    public double share() {
        double kernel = (double) tasks / Math.max(1, Math.min(pidMax, threadsMax));
        double cgroup = pidsMax == null ? 0 : (double) cgroupTasks / Math.max(1, pidsMax);
        return Math.max(kernel, cgroup);
    }

    /** The limit that binds first: "kernel.pid_max", "kernel.threads-max" or "pids.max". */
    public String bindingLimit() {
        double kernel = (double) tasks / Math.max(1, Math.min(pidMax, threadsMax));
        double cgroup = pidsMax == null ? 0 : (double) cgroupTasks / Math.max(1, pidsMax);
        if (cgroup > kernel) {
            return "pids.max";
        }
        return pidMax <= threadsMax ? "kernel.pid_max" : "kernel.threads-max";
    }

    public long limit() {
        return switch (bindingLimit()) {
            case "pids.max" -> pidsMax;
            case "kernel.pid_max" -> pidMax;
            default -> threadsMax;
        };
    }

    public long used() {
        return bindingLimit().equals("pids.max") ? cgroupTasks : tasks;
    }
}
