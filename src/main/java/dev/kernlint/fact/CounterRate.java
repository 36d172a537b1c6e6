package dev.kernlint.fact;

/**
 * How a cumulative counter moved over the samples: total delta, per-second rate, and in how many of the
 * intervals it rose (rules say "rising in most samples", not "rose once").
 *
 * @param metric  "vmstat.pswpout", "netstat.TcpExt.ListenOverflows", "softnet.dropped"
 * @param entity  what the counter belongs to ("" for host-wide, "eth0", "node1")
 */
public record CounterRate(String metric, String entity, long delta, double seconds, double perSecond,
                          int risingIntervals, int intervals) {

    public boolean risingInMost() {
        return intervals > 0 && risingIntervals * 2 > intervals;
    }
}
