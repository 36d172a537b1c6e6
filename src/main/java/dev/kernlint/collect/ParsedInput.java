package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.function.Function;

/** The shape most collectors share: read one file, parse it into one fact; an unreadable or unparseable file is a gap. */
final class ParsedInput {
    private ParsedInput() {}

    /** Adds the parsed fact and returns true, or records the gap and returns false. */
    static boolean add(Source source, Facts facts, String area, String path, Function<String, ?> parser) {
        Input in = source.read(path);
        if (!in.isOk()) {
            facts.gap(area, in);
            return false;
        }
        try {
            facts.add(parser.apply(in.text()));
            return true;
        } catch (ParseException e) {
            facts.gap(area, path, "unparseable: " + e.getMessage());
            return false;
        }
    }
}
