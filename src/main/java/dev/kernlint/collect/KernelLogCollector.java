package dev.kernlint.collect;

import dev.kernlint.parse.DmesgParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * The kernel ring buffer through `dmesg` (util-linux), which reads it with syslog(2)/dev/kmsg on the host and is
 * what a sosreport keeps. kernel.dmesg_restrict=1 (the default of many distributions) keeps it from users
 * without CAP_SYSLOG: a gap that says so, never an empty log.
 */
public final class KernelLogCollector implements Collector {
    public static final List<String> DMESG = List.of("dmesg");
    static final String INPUT = "dmesg";

    @Override
    public String area() {
        return "kernel";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input in = source.run(DMESG);
        if (!in.isOk()) {
            // named as the rules name it: a snapshot calls the command's file commands/dmesg
            facts.gap(area(), INPUT, in.status() == ReadStatus.DENIED
                    ? "needs root: kernel.dmesg_restrict keeps the kernel log from other users" : in.reason());
            return;
        }
        // any text is a log: lines that are not the messages judged are skipped, so there is nothing to refuse
        facts.add(DmesgParser.parse(in.text()));
    }
}
