package dev.kernlint.collect;

import dev.kernlint.fact.CgroupLimits;
import dev.kernlint.parse.CgroupParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/**
 * CPU quota and task limit of the cgroup mounted at /sys/fs/cgroup: inside a container (cgroup namespace) that is
 * the container's own cgroup; on a host it is the root cgroup, which has no limit files. Absent files mean no
 * limit, not a gap: always adds one {@link CgroupLimits}.
 */
public final class CgroupCollector implements Collector {
    static final String V2 = "/sys/fs/cgroup";

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        try {
            if (source.read(V2 + "/cgroup.controllers").isOk()) {
                Input cpu = source.read(V2 + "/cpu.max");
                Long[] q = cpu.isOk() ? CgroupParser.cpuMax(cpu.text()) : new Long[] {null, null};
                facts.add(new CgroupLimits(q[0], q[1], limit(source, V2 + "/pids.max"), limit(source, V2 + "/pids.current"), "cgroup2"));
                return;
            }
            Long quota = limit(source, V2 + "/cpu/cpu.cfs_quota_us");
            Long period = limit(source, V2 + "/cpu/cpu.cfs_period_us");
            Long pidsMax = limit(source, V2 + "/pids/pids.max");
            Long pidsCurrent = limit(source, V2 + "/pids/pids.current");
            boolean v1 = quota != null || period != null || pidsMax != null || pidsCurrent != null
                    || source.isDirectory(V2 + "/cpu") || source.isDirectory(V2 + "/pids");
            facts.add(v1 ? new CgroupLimits(quota, period, pidsMax, pidsCurrent, "cgroup1") : CgroupLimits.none());
        } catch (ParseException e) {
            facts.gap(area(), V2, "unparseable: " + e.getMessage());
            facts.add(CgroupLimits.none());
        }
    }

    private static Long limit(Source source, String path) {
        Input in = source.read(path);
        return in.isOk() ? CgroupParser.limit(in.text(), path) : null;
    }
}
