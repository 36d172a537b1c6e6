package dev.kernlint.collect;

import dev.kernlint.source.Source;

/**
 * Finds the raw text of one area through a {@link Source} and hands it to parsers. A collector never fails the
 * audit: what it cannot read or parse becomes a gap naming the input and the reason.
 */
public interface Collector {
    String area();

    void collect(Source source, Facts facts);

    /** True for a collector that reads facts other collectors add; it runs after them (see Collectors.run). */
    default boolean readsFacts() {
        return false;
    }
}
