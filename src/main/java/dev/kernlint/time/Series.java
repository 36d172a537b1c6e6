package dev.kernlint.time;

import dev.kernlint.fact.CounterRate;
import dev.kernlint.fact.GaugeTrend;
import dev.kernlint.fact.SampleWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns samples into rate and trend facts: counters become deltas and rates, gauges a fitted line. */
public final class Series {
    /** Fewer readings than this cannot tell growth from noise. */
    public static final int MIN_SAMPLES = 3;

    private Series() {}

    private record Key(String metric, String entity, boolean counter) {
        // written out: the generated ones go through method handles, slow in the launcher's C1-only JIT, and a
        // sample of a busy host hashes one key per process
        @Override
        public int hashCode() {
            return (metric.hashCode() * 31 + entity.hashCode()) * 2 + (counter ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && counter == k.counter && metric.equals(k.metric) && entity.equals(k.entity);
        }
    }

    private record Point(double t, double v) {}

    public static List<Object> facts(List<Sample> samples) {
        List<Object> out = new ArrayList<>();
        double span = samples.size() < 2 ? 0 : seconds(samples.get(0), samples.get(samples.size() - 1));
        out.add(new SampleWindow(samples.size(), span));
        if (samples.size() < 2) {
            return out;
        }
        Map<Key, List<Point>> series = new LinkedHashMap<>();
        for (Sample s : samples) {
            double t = seconds(samples.get(0), s);
            java.util.Set<Key> seen = new java.util.HashSet<>();
            for (Reading r : Metrics.of(s.facts())) {
                Key key = new Key(r.metric(), r.entity(), r.counter());
                // one point per metric per reading, even if two extractions name the same metric
                if (seen.add(key)) {
                    series.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(t, r.value()));
                }
            }
        }
        for (Map.Entry<Key, List<Point>> e : series.entrySet()) {
            Key k = e.getKey();
            List<Point> p = e.getValue();
            if (p.size() < 2) {
                continue;
            }
            out.add(k.counter() ? rate(k, p) : trend(k, p));
        }
        out.addAll(StuckTasks.of(samples));
        out.addAll(MappingSeries.of(samples));
        return out;
    }

    private static double seconds(Sample from, Sample to) {
        return Duration.between(from.at(), to.at()).toMillis() / 1000.0;
    }

    private static CounterRate rate(Key k, List<Point> p) {
        long delta = 0;
        int rising = 0;
        int intervals = 0;
        for (int i = 1; i < p.size(); i++) {
            double d = p.get(i).v() - p.get(i - 1).v();
            // a counter that went down was reset (module reload, namespace recreated): skip that interval
            if (d < 0) {
                continue;
            }
            intervals++;
            delta += (long) d;
            if (d > 0) {
                rising++;
            }
        }
        double secs = p.get(p.size() - 1).t() - p.get(0).t();
        return new CounterRate(k.metric(), k.entity(), delta, secs, secs > 0 ? delta / secs : 0, rising, intervals);
    }

    private static GaugeTrend trend(Key k, List<Point> p) {
        int n = p.size();
        double mt = 0, mv = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Point x : p) {
            mt += x.t();
            mv += x.v();
            min = Math.min(min, x.v());
            max = Math.max(max, x.v());
        }
        mt /= n;
        mv /= n;
        double stt = 0, stv = 0, svv = 0;
        for (Point x : p) {
            stt += (x.t() - mt) * (x.t() - mt);
            stv += (x.t() - mt) * (x.v() - mv);
            svv += (x.v() - mv) * (x.v() - mv);
        }
        double slope = stt == 0 ? 0 : stv / stt;
        // a flat series is perfectly described by its line, but it is not growth: r² 0 keeps rules quiet
        double r2 = stt == 0 || svv == 0 ? 0 : (stv * stv) / (stt * svv);
        return new GaugeTrend(k.metric(), k.entity(), p.get(0).v(), p.get(n - 1).v(), min, max, slope, r2, n,
                p.get(n - 1).t() - p.get(0).t(), p.stream().map(Point::v).toList());
    }
}
