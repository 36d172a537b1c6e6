package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalParserTest {
    @Test
    void readsEveryUnit() {
        assertEquals(Duration.ofMillis(500), IntervalParser.parse("500ms"));
        assertEquals(Duration.ofSeconds(10), IntervalParser.parse("10s"));
        assertEquals(Duration.ofSeconds(10), IntervalParser.parse("10"));
        assertEquals(Duration.ofMillis(1500), IntervalParser.parse("1.5s"));
        assertEquals(Duration.ofMinutes(5), IntervalParser.parse("5m"));
        assertEquals(Duration.ofHours(1), IntervalParser.parse("1h"));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertNull(IntervalParser.parse("ten"));
        assertNull(IntervalParser.parse("-1s"));
        assertNull(IntervalParser.parse("5 d"));
    }
}
