package dev.kernlint.fact;

/**
 * How a gauge (a level, not a counter) moved over the samples: a least-squares line through the readings, with
 * its goodness of fit r², so rules can tell steady growth from noise.
 *
 * @param metric         "meminfo.SUnreclaim" (kB), "process.RssAnon" (kB), "tcp.close_wait"
 * @param entity         "" for host-wide, "1234@98765" for a process (pid@start time), "10.0.0.1:8080"
 * @param slopePerSecond units of the metric per second
 * @param r2             1 = a perfect line, 0 = no linear trend
 * @param values         the readings in time order, for rules that count samples above a level
 */
public record GaugeTrend(String metric, String entity, double first, double last, double min, double max,
                         double slopePerSecond, double r2, int samples, double seconds, java.util.List<Double> values) {

    public GaugeTrend {
        values = java.util.List.copyOf(values);
    }

    /** In how many samples the gauge was at or above {@code level}. */
    public int countAtLeast(double level) {
        int n = 0;
        for (double v : values) {
            if (v >= level) {
                n++;
            }
        }
        return n;
    }

    public double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.isEmpty() ? 0 : sum / values.size();
    }

    public double slopePerDay() {
        return slopePerSecond * 86_400;
    }

    public double growth() {
        return last - first;
    }
}
