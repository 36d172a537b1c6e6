package dev.kernlint.collect;

import dev.kernlint.fact.Mapping;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.ProcessMappings;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.ProcessStatParser;
import dev.kernlint.parse.SmapsParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.Collection;
import java.util.List;

/**
 * /proc/PID/smaps of the leak suspects only (a few processes, chosen from the RssAnon of earlier samples):
 * smaps is hundreds of lines per process and the kernel walks every page table to write it, too dear for all.
 * Adds one {@link ProcessMappings} of the anonymous mappings per suspect, or a gap when smaps cannot be read.
 */
public final class MappingCollector implements Collector {
    public static final String INPUT = "/proc/PID/smaps";
    private final Collection<String> suspects;

    /** @param suspects processes as pid@start time ({@link ProcessInfo#key()}) */
    public MappingCollector(Collection<String> suspects) {
        this.suspects = List.copyOf(suspects);
    }

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        for (String key : suspects) {
            String pid = key.substring(0, Math.max(0, key.indexOf('@')));
            if (!ProcessCollector.isPid(pid)) {
                continue;
            }
            Input stat = source.read("/proc/" + pid + "/stat");
            // the pid was reused by another program, or it exited: nothing of the suspect to read
            if (!stat.isOk() || stat.text().isEmpty() || !sameProcess(stat.text(), key)) {
                continue;
            }
            Input smaps = source.read("/proc/" + pid + "/smaps");
            if (!smaps.isOk()) {
                facts.gap(area(), INPUT, "pid " + pid + ": " + smaps.reason()
                        + (smaps.status() == ReadStatus.DENIED ? " (another user's process: run as root)" : ""));
                continue;
            }
            try {
                List<Mapping> anon = SmapsParser.parse(smaps.text()).stream().filter(Mapping::anonymous).toList();
                facts.add(new ProcessMappings(key, Integer.parseInt(pid), anon));
            } catch (ParseException e) {
                // one bad smaps costs that process's mappings, not the process area
                facts.gap(area(), INPUT, "pid " + pid + ": unparseable: " + e.getMessage());
            }
        }
    }

    private static boolean sameProcess(String stat, String key) {
        try {
            return ProcessStatParser.parse(stat).key().equals(key);
        } catch (ParseException e) {
            return false;
        }
    }
}
