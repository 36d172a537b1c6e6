package dev.kernlint.fact;

import java.util.Map;

/** /sys/class/net/IF/statistics/* (rx_missed_errors, rx_fifo_errors, ...): counters since the driver loaded. */
public record NicStatistics(String iface, Map<String, Long> counters) {}
