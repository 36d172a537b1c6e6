package dev.kernlint.fact;

/**
 * How a gauge (a level, not a counter) moved over the samples: a least-squares line through the readings, with
 * its goodness of fit r², so rules can tell steady growth from noise.
 *
 * @param metric         "meminfo.SUnreclaim" (kB), "process.RssAnon" (kB), "tcp.close_wait"
 * @param entity         "" for host-wide, "1234@98765" for a process (pid@start time), "10.0.0.1:8080"
 * @param slopePerSecond units of the metric per second
 * @param r2             1 = a perfect line, 0 = no linear trend
 */
public record GaugeTrend(String metric, String entity, double first, double last, double min, double max,
                         double slopePerSecond, double r2, int samples, double seconds) {

    public double slopePerDay() {
        return slopePerSecond * 86_400;
    }

    public double growth() {
        return last - first;
    }
}
