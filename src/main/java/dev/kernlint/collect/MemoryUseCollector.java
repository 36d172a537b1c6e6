package dev.kernlint.collect;

import dev.kernlint.fact.MemoryUse;
import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/**
 * /proc/meminfo once more (memoized, so no second read) as a {@link MemoryUse}, the form the memory and slab
 * rules ask their questions of. {@link MemInfoCollector} reports the gap when the file is unreadable.
 */
public final class MemoryUseCollector implements Collector {

    @Override
    public String area() {
        return "memory";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input in = source.read(MemInfoCollector.PATH);
        if (!in.isOk()) {
            return;
        }
        try {
            facts.add(new MemoryUse(MemInfoParser.parse(in.text())));
        } catch (ParseException e) {
            // MemInfoCollector already reports the unparseable file
        }
    }
}
