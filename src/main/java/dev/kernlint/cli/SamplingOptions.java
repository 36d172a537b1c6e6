package dev.kernlint.cli;

import dev.kernlint.time.IntervalParser;
import java.time.Duration;
import picocli.CommandLine.Option;

/** --samples N --interval D: read the time-varying inputs N times, for the rules about change (rates, growth). */
public final class SamplingOptions {
    static final int MAX_SAMPLES = 10_000;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1",
            description = "Read the time-varying inputs (vmstat, meminfo, sockets, counters...) N times. Rules about change need 3 or more. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10s",
            description = "Time between samples: 500ms, 10s, 5m, 1h. Default: ${DEFAULT-VALUE}.")
    String interval;

    int samples() {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new UserError("--samples must be 1 to " + MAX_SAMPLES + ", not " + samples);
        }
        return samples;
    }

    Duration interval() {
        Duration d = IntervalParser.parse(interval);
        if (d == null || d.toMillis() < 100 || d.toHours() > 24) {
            throw new UserError("--interval must be a duration from 100ms to 24h (e.g. 500ms, 10s, 5m), not '" + interval + "'");
        }
        return d;
    }
}
