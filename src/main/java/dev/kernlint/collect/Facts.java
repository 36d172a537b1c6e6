package dev.kernlint.collect;

import dev.kernlint.fact.Gap;
import dev.kernlint.source.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the collectors learned about a host: facts for the rules, and gaps for what could not be read. */
public final class Facts {
    private final List<Object> facts = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();

    public void add(Object fact) {
        facts.add(fact);
    }

    public void gap(String area, String input, String reason) {
        gaps.add(new Gap(area, input, reason));
    }

    /** A collector that failed as a whole: its gap keeps every rule from judging (see {@link Gap#COLLECTOR}). */
    public void collectorFailed(String area, String reason) {
        gaps.add(Gap.collectorFailed(area, reason));
    }

    /** A gap for an input that did not read OK, in the words of its status. */
    public void gap(String area, Input input) {
        gap(area, input.name(), input.reason());
    }

    /** Appends the facts and gaps of another collector's run. */
    public void addAll(Facts other) {
        facts.addAll(other.facts);
        gaps.addAll(other.gaps);
    }

    public List<Object> all() {
        return facts;
    }

    public List<Gap> gaps() {
        return gaps;
    }

    public <T> Optional<T> first(Class<T> type) {
        for (Object f : facts) {
            if (type.isInstance(f)) {
                return Optional.of(type.cast(f));
            }
        }
        return Optional.empty();
    }

    public <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object f : facts) {
            if (type.isInstance(f)) {
                out.add(type.cast(f));
            }
        }
        return out;
    }
}
