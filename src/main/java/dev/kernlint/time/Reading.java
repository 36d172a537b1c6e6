package dev.kernlint.time;

/** One number of one sample: a counter (cumulative, rates are taken) or a gauge (a level, trends are fitted). */
public record Reading(String metric, String entity, double value, boolean counter) {

    static Reading gauge(String metric, String entity, double value) {
        return new Reading(metric, entity, value, false);
    }

    static Reading counter(String metric, String entity, double value) {
        return new Reading(metric, entity, value, true);
    }
}
