package dev.kernlint.collect;

import dev.kernlint.fact.SmtControl;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** /sys/devices/system/cpu/smt/control (4.19+): whether hyper-threads were switched off on purpose. Absent is no gap. */
public final class SmtCollector implements Collector {
    static final String PATH = CpuCollector.CPU + "/smt/control";

    @Override
    public String area() {
        return "cpu";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input in = source.read(PATH);
        if (in.isOk() && !in.text().isBlank()) {
            facts.add(new SmtControl(in.text().strip()));
        }
    }
}
