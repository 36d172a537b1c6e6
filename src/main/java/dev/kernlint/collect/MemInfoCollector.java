package dev.kernlint.collect;

import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** /proc/meminfo as a {@link dev.kernlint.fact.MemInfo}. */
public final class MemInfoCollector implements Collector {
    static final String PATH = "/proc/meminfo";

    @Override
    public String area() {
        return "memory";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), PATH, MemInfoParser::parse);
    }

    /** /proc/meminfo parsed, or null when unreadable or garbled (this collector reports why, once). */
    static dev.kernlint.fact.MemInfo readOrNull(Source source) {
        Input in = source.read(PATH);
        if (!in.isOk()) {
            return null;
        }
        try {
            return MemInfoParser.parse(in.text());
        } catch (ParseException e) {
            return null;
        }
    }
}
