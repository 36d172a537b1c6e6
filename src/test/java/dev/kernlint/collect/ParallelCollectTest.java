package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.source.CachingSource;
import dev.kernlint.source.LiveHost;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collectors run on several threads; the result must be the same as one after the other, in list order. */
class ParallelCollectTest {

    /** A collector that records which thread ran it and adds one fact naming itself. */
    private record Named(String name, List<String> threads, boolean readsFacts) implements Collector {
        @Override
        public String area() {
            return "test";
        }

        @Override
        public void collect(Source source, Facts facts) {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            if (readsFacts) {
                facts.add(name + " saw " + facts.all().size());
            } else {
                facts.add(name);
                facts.gap("test", name, "gap of " + name);
            }
        }
    }

    @Test
    void factsAndGapsComeInListOrderAndFactReadersSeeTheOthers() {
        List<String> threads = new ArrayList<>();
        List<Collector> cs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cs.add(new Named("c" + i, threads, i == 3));
        }
        Facts f = Collectors.run(new CachingSource(LiveHost.ofThisHost(), false), cs);
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i != 3) {
                expected.add("c" + i);
            }
        }
        expected.add("c3 saw 19");
        assertEquals(expected, f.all());
        assertEquals(19, f.gaps().size());
        assertEquals("c0", f.gaps().get(0).input());
        assertTrue(threads.stream().anyMatch(t -> t.startsWith("kernlint-collect")), threads.toString());
    }

    @Test
    void onTheCallerThreadEveryCollectorRunsThereAndTheFactsAreTheSame() {
        List<String> spread = new ArrayList<>();
        List<String> serial = new ArrayList<>();
        List<Collector> spreadList = new ArrayList<>();
        List<Collector> serialList = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            spreadList.add(new Named("c" + i, spread, i == 3));
            serialList.add(new Named("c" + i, serial, i == 3));
        }
        Facts a = Collectors.run(new CachingSource(LiveHost.ofThisHost(), false), spreadList);
        String me = Thread.currentThread().getName();
        Facts b = CollectorThreads.onCallerThread(() -> Collectors.run(new CachingSource(LiveHost.ofThisHost(), false), serialList));
        assertEquals(a.all(), b.all());
        assertEquals(a.gaps(), b.gaps());
        assertEquals(20, serial.size());
        assertTrue(serial.stream().allMatch(me::equals), serial.toString());
        // and only inside: the next audit on this thread spreads again
        spread.clear();
        Collectors.run(new CachingSource(LiveHost.ofThisHost(), false), spreadList);
        assertTrue(spread.stream().anyMatch(t -> t.startsWith("kernlint-collect")), spread.toString());
    }

    @Test
    void aCollectorBugCostsOnlyItsOwnArea() {
        Collector broken = new Collector() {
            @Override
            public String area() {
                return "broken";
            }

            @Override
            public void collect(Source source, Facts facts) {
                throw new IllegalStateException("boom");
            }
        };
        Facts f = Collectors.run(new CachingSource(LiveHost.ofThisHost(), false), List.of(new KernelCollector(), broken));
        assertTrue(f.first(dev.kernlint.fact.KernelVersion.class).isPresent());
        assertTrue(f.gaps().stream().anyMatch(g -> g.area().equals("broken") && g.reason().contains("boom")), f.gaps().toString());
    }
}
