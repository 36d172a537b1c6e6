package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.PressureParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;

/**
 * PSI for cpu and io. Optional evidence: a kernel without PSI (before 4.20, or booted with psi=0) is normal,
 * so a missing file is no gap; only an unreadable or garbled one is.
 */
public final class PressureCollector implements Collector {
    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        for (String resource : new String[] {"cpu", "io"}) {
            String path = "/proc/pressure/" + resource;
            Input in = source.read(path);
            if (in.status() == ReadStatus.MISSING) {
                continue;
            }
            if (!in.isOk()) {
                facts.gap(area(), in);
                continue;
            }
            try {
                facts.add(PressureParser.parse(resource, in.text()));
            } catch (ParseException e) {
                facts.gap(area(), path, "unparseable: " + e.getMessage());
            }
        }
    }
}
