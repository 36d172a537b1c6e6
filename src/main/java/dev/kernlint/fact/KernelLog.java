package dev.kernlint.fact;

import java.util.List;

/**
 * What the kernel's ring buffer (`dmesg`) says of the problems kernlint judges: tasks the hung-task detector
 * reported, and TIME_WAIT sockets destroyed at once because the bucket table was full. The buffer is a window:
 * it holds the newest messages only, so an empty one proves nothing about last week.
 *
 * @param hungTasks       one entry per task the detector named, newest report last
 * @param twOverflowLines lines "TCP: time wait bucket table overflow" (rate-limited by the kernel: a floor)
 * @param lastTwOverflow  seconds since boot of the last such line, or null when it had no time stamp
 */
public record KernelLog(List<HungTask> hungTasks, int twOverflowLines, Double lastTwOverflow) {

    /** "INFO: task jbd2/dm-0-8:413 blocked for more than 120 seconds." */
    public record HungTask(String comm, int pid, long blockedSeconds, int reports, Double lastSeen) {
        public String describe() {
            return pid + " (" + comm + ") blocked > " + blockedSeconds + " s" + (reports > 1 ? ", reported " + reports + " times" : "");
        }
    }

    public List<String> describeHung(int n) {
        return hungTasks.stream().limit(n).map(HungTask::describe).toList();
    }
}
