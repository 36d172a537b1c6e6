package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.NicDriverCounters;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `ethtool -S IF` of virtio (6.18) and ixgbe (5.15), and which of the driver's counters are receive loss. */
class EthtoolStatsParserTest {

    @Test
    void virtioCountsDropsButXdpDropsAreAChoice() {
        NicDriverCounters c = EthtoolStatsParser.parse("eth0", Fixtures.sample("ethtool-S-virtio-6.18.txt"));
        assertTrue(c.counters().containsKey("rx_kicks"));
        assertTrue(c.counters().containsKey("rx_xdp_drops"));
        assertTrue(c.rxLoss().containsKey("rx_drops"));
        assertTrue(c.rxLoss().keySet().stream().noneMatch(k -> k.contains("xdp") || k.startsWith("tx")), c.rxLoss().toString());
    }

    @Test
    void ixgbeMissedNoBufferAndQueueDrops() {
        NicDriverCounters c = EthtoolStatsParser.parse("eth2", Fixtures.sample("ethtool-S-ixgbe-5.15.txt"));
        assertEquals(48213L, c.counters().get("rx_missed_errors"));
        assertEquals(List.of("rx_fifo_errors", "rx_missed_errors", "rx_no_buffer_count",
                "rx_over_errors", "rx_queue_0_drops"), List.copyOf(c.rxLoss().keySet()));
    }

    @Test
    void namesWithColonsLabelsAndHugeCounters() {
        NicDriverCounters c = EthtoolStatsParser.parse("x", "NIC statistics:\n     [0]: rx_drops: 5\n     rx_queue_0_xdp_stats:\n"
                + "     rx_out_of_buffer: 18446744073709551615\n     tx_timeout_recovered: 2\n");
        assertEquals(Map.of("[0]: rx_drops", 5L, "rx_out_of_buffer", -1L, "tx_timeout_recovered", 2L), c.counters());
        assertEquals(List.of("[0]: rx_drops", "rx_out_of_buffer"), List.copyOf(c.rxLoss().keySet()));
    }

    @Test
    void textWithoutTheHeaderIsRefused() {
        assertThrows(ParseException.class, () -> EthtoolStatsParser.parse("eth0", "Cannot get stats strings information: Operation not supported\n"));
    }
}
