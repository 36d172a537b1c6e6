package dev.kernlint.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.CounterRate;
import dev.kernlint.fact.GaugeTrend;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.SampleWindow;
import dev.kernlint.fact.SoftnetStat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static Sample at(int seconds, Object... facts) {
        Facts f = new Facts();
        for (Object o : facts) {
            f.add(o);
        }
        return new Sample(T0.plusSeconds(seconds), f);
    }

    private static MemInfo mem(long sunreclaim) {
        return new MemInfo(Map.of("MemTotal", 1_000_000L, "SUnreclaim", sunreclaim));
    }

    private static <T> T only(List<Object> facts, Class<T> type, String metric) {
        return facts.stream().filter(type::isInstance).map(type::cast)
                .filter(x -> !(x instanceof GaugeTrend g) || g.metric().equals(metric))
                .filter(x -> !(x instanceof CounterRate c) || c.metric().equals(metric))
                .findFirst().orElseThrow();
    }

    @Test
    void steadyGrowthFitsALineWithHighR2() {
        List<Object> f = Series.facts(List.of(at(0, mem(1000)), at(10, mem(2000)), at(20, mem(3000)), at(30, mem(4000))));
        GaugeTrend t = only(f, GaugeTrend.class, "meminfo.SUnreclaim");
        assertEquals(100.0, t.slopePerSecond(), 1e-9);
        assertEquals(1.0, t.r2(), 1e-9);
        assertEquals(3000.0, t.growth(), 1e-9);
        assertEquals(new SampleWindow(4, 30.0), only(f, SampleWindow.class, null));
    }

    @Test
    void noiseHasALowR2AndAFlatSeriesNone() {
        List<Object> noisy = Series.facts(List.of(at(0, mem(1000)), at(10, mem(3000)), at(20, mem(900)), at(30, mem(3100)), at(40, mem(1000))));
        assertTrue(only(noisy, GaugeTrend.class, "meminfo.SUnreclaim").r2() < 0.3);
        List<Object> flat = Series.facts(List.of(at(0, mem(5)), at(10, mem(5)), at(20, mem(5))));
        assertEquals(0.0, only(flat, GaugeTrend.class, "meminfo.SUnreclaim").r2());
    }

    @Test
    void countersBecomeRatesAndAResetIntervalIsSkipped() {
        List<Object> f = Series.facts(List.of(at(0, new SoftnetStat(2, 0, 10, 0)), at(10, new SoftnetStat(2, 0, 30, 0)),
                at(20, new SoftnetStat(2, 0, 5, 0)), at(30, new SoftnetStat(2, 0, 5, 0))));
        CounterRate r = only(f, CounterRate.class, "softnet.dropped");
        assertEquals(20, r.delta());
        assertEquals(2, r.intervals());
        assertEquals(1, r.risingIntervals());
        assertEquals(20 / 30.0, r.perSecond(), 1e-9);
    }

    @Test
    void oneSampleGivesOnlyTheWindow() {
        List<Object> f = Series.facts(new ArrayList<>(List.of(at(0, mem(1)))));
        assertEquals(List.of(new SampleWindow(1, 0)), f);
    }
}
