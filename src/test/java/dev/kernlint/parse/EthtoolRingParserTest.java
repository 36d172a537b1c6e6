package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.RingBuffer;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EthtoolRingParserTest {

    @Test
    void oldEthtoolPrintsZeroForUnsupportedRings() {
        RingBuffer r = EthtoolRingParser.parse("eth0", Fixtures.sample("ethtool-g-3.16-old-zero.txt"));
        assertEquals(new RingBuffer("eth0", 4096L, 256L, 4096L, 256L), r);
        assertTrue(r.rxBelowMax());
        assertTrue(r.txBelowMax());
    }

    @Test
    void newerEthtoolPrintsNa() {
        RingBuffer r = EthtoolRingParser.parse("eth0", Fixtures.sample("ethtool-g-5.10-na.txt"));
        assertEquals(new RingBuffer("eth0", 4096L, 512L, 4096L, 4096L), r);
        assertTrue(r.rxBelowMax());
        assertFalse(r.txBelowMax(), "tx already at its maximum");
        assertTrue(r.belowMax());
    }

    @Test
    void ethtool61AddsBufLenCqeSizeTxPushAndTcpDataSplit() {
        // captured from a virtio NIC that is already at its maximum
        RingBuffer r = EthtoolRingParser.parse("eth0", Fixtures.sample("ethtool-g-6.1.txt"));
        assertEquals(new RingBuffer("eth0", 256L, 256L, 256L, 256L), r);
        assertFalse(r.belowMax());
    }

    @Test
    void ethtool67AddsRxPushAndTxPushBufferLinesInBothSections() {
        // "TX push buff len" appears under the maximums too: it must not be read as TX
        RingBuffer r = EthtoolRingParser.parse("ens5", Fixtures.sample("ethtool-g-6.7-push.txt"));
        assertEquals(new RingBuffer("ens5", 8192L, 1024L, 8192L, 1024L), r);
    }

    @Test
    void aDriverWithoutRingSizesGivesUnknownNeverBelowMax() {
        RingBuffer r = EthtoolRingParser.parse("eth1", Fixtures.sample("ethtool-g-6.1-all-na.txt"));
        assertNull(r.rxMax());
        assertNull(r.rxCurrent());
        assertNull(r.txMax());
        assertFalse(r.belowMax());
    }

    @Test
    void zeroMaximumIsUnsupportedNotBelow() {
        String text = "Ring parameters for eth0:\nPre-set maximums:\nRX:\t\t0\nRX Mini:\t0\nRX Jumbo:\t0\nTX:\t\t0\n"
                + "Current hardware settings:\nRX:\t\t0\nRX Mini:\t0\nRX Jumbo:\t0\nTX:\t\t0\n";
        assertFalse(EthtoolRingParser.parse("eth0", text).belowMax());
    }

    @Test
    void refusesATruncatedOutput() {
        ParseException e = assertThrows(ParseException.class,
                () -> EthtoolRingParser.parse("eth0", Fixtures.sample("ethtool-g-truncated.txt")));
        assertTrue(e.getMessage().startsWith("ethtool -g eth0: truncated"), e.getMessage());
    }

    @Test
    void refusesGarbage() {
        ParseException e = assertThrows(ParseException.class,
                () -> EthtoolRingParser.parse("eth0", Fixtures.sample("ethtool-g-garbage.txt")));
        assertTrue(e.getMessage().contains("Pre-set maximums"), e.getMessage());
        assertThrows(ParseException.class, () -> EthtoolRingParser.parse("eth0", ""));
    }
}
