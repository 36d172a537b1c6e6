package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
            "db-*, db-1, true", "db-*, db-, true", "db-*, web-1, false", "*, '', true", "'', '', true", "'', a, false",
            "?, a, true", "?, '', false", "?, ab, false", "a?c, abc, true", "a?c, ac, false",
            "*-db-*-prod, eu-db-7-prod, true", "*-db-*-prod, eu-db-7-prod2, false", "*-db-*-prod, -db--prod, true",
            "*a*b*, xaybz, true", "*a*b*, xbya, false", "**, x, true", "a**b, ab, true", "*?, '', false", "*?, z, true",
            "net.ipv4.*, net.ipv4.tcp_tw_recycle, true", "net.ipv4.*, net.ipv6.x, false",
            // everything but * and ? is literal, the regex specials too
            "a.c, abc, false", "a.c, a.c, true", "[ab], a, false", "[ab], [ab], true", "a+, aa, false", "(x|y), (x|y), true",
            "'a\\d', 'a\\d', true", "$^, $^, true",
    })
    void shellSemantics(String glob, String text, boolean matches) {
        assertTrue(new Glob(glob).matches(text) == matches, glob + " ~ " + text);
    }

    @Test
    void aStarCrossesEveryCharacterNewlinesIncluded() {
        assertTrue(new Glob("a*b").matches("a\nx\rb"));
        assertTrue(new Glob("a?b").matches("a\nb"));
    }

    /** A backtracking regex took 21 s for this host name; the glob walk is text length x pattern length at most. */
    @Test
    void aLongHostNameAgainstManyStarsEndsAtOnce() {
        String host = "a-db-" + "x-".repeat(5_000) + "prod-not";
        Waiver w = new Waiver("NET-TW-RECYCLE", Map.of(), List.of("*-db-*-prod", "*-*-*-*-*-*-*-*-*-*-q"), "r", "o",
                LocalDate.of(2099, 1, 1), "w.yaml:1");
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertFalse(w.forHost(host)));
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertTrue(w.forHost(host.replace("-not", ""))));
        long start = System.nanoTime();
        new Glob("*-db-*-prod").matches("-db-".repeat(2_500) + "x");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 500, ms + " ms");
    }
}
