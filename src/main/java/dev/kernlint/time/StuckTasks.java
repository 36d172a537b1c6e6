package dev.kernlint.time;

import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.StuckTask;
import dev.kernlint.fact.TaskWait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs of consecutive samples in which the same process (pid and start time) was in state D. Idle kernel
 * threads are state I and never counted.
 */
final class StuckTasks {
    private StuckTasks() {}

    private record Run(ProcessInfo p, int firstSample, int lastSample, TaskWait waited) {}

    static List<StuckTask> of(List<Sample> samples) {
        Map<String, Run> open = new HashMap<>();
        Map<String, Run> longest = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Map<String, TaskWait> waits = new HashMap<>();
            for (TaskWait w : samples.get(i).facts().all(TaskWait.class)) {
                waits.put(w.key(), w);
            }
            Map<String, Run> now = new HashMap<>();
            for (ProcessInfo p : samples.get(i).facts().all(ProcessInfo.class)) {
                if (p.state() != 'D') {
                    continue;
                }
                Run before = open.get(p.key());
                Run run = new Run(p, before == null ? i : before.firstSample(), i, waits.get(p.key()));
                now.put(p.key(), run);
                Run best = longest.get(p.key());
                if (best == null || span(run) >= span(best)) {
                    longest.put(p.key(), run);
                }
            }
            open = now;
        }
        List<StuckTask> out = new ArrayList<>();
        for (Run r : longest.values()) {
            if (span(r) < 1) {
                continue;
            }
            double secs = Duration.between(samples.get(r.firstSample()).at(), samples.get(r.lastSample()).at()).toMillis() / 1000.0;
            out.add(new StuckTask(r.p().key(), r.p().pid(), r.p().comm(), span(r) + 1, secs,
                    r.waited() == null ? null : r.waited().wchan(), r.waited() == null ? null : r.waited().stack()));
        }
        return out;
    }

    private static int span(Run r) {
        return r.lastSample() - r.firstSample();
    }
}
