package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.fact.RingBuffer;

/** Fuzz targets for the ethtool output parsers: a value or a ParseException. Seeds: EthtoolFuzzTestInputs/METHOD/. */
class EthtoolFuzzTest {

    @FuzzTest
    void driver(byte[] data) {
        try {
            EthtoolDriverParser.parse("eth0", text(data));
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void features(byte[] data) {
        try {
            check(!EthtoolFeaturesParser.parse("eth0", text(data)).features().isEmpty(), "a parsed -k has features");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void ring(byte[] data) {
        try {
            RingBuffer r = EthtoolRingParser.parse("eth0", text(data));
            check(positive(r.rxMax()) && positive(r.rxCurrent()) && positive(r.txMax()) && positive(r.txCurrent()),
                    "ring sizes are positive or unknown");
        } catch (ParseException expected) {
        }
    }

    /** Link settings, and the speeds LinkModes reads from the mode names. */
    @FuzzTest
    void settings(byte[] data) {
        try {
            EthtoolSettingsParser.LinkSettings s = EthtoolSettingsParser.parse("eth0", text(data));
            check(notNegative(s.bestSupportedMbps()) && notNegative(s.bestAdvertisedMbps())
                    && notNegative(s.bestPartnerMbps()), "link speeds are not negative");
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void stats(byte[] data) {
        try {
            EthtoolStatsParser.parse("eth0", text(data));
        } catch (ParseException expected) {
        }
    }

    private static boolean positive(Long v) {
        return v == null || v > 0;
    }

    private static boolean notNegative(Long v) {
        return v == null || v >= 0;
    }
}
