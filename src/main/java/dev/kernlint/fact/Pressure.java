package dev.kernlint.fact;

/**
 * Pressure stall information (/proc/pressure/cpu, io; 4.20+ with CONFIG_PSI and psi not disabled): the share of
 * the last 10 s in which some runnable task waited for the resource ("some"), or all did ("full").
 *
 * @param resource "cpu" or "io"
 * @param fullAvg10 null where the kernel prints no "full" line (cpu before 5.13)
 */
public record Pressure(String resource, double someAvg10, Double fullAvg10) {}
