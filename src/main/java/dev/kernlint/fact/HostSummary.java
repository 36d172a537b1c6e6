package dev.kernlint.fact;

/**
 * One host of a fleet as the fleet rules see it: its name, group and finding counts (its facts are gone by then).
 *
 * @param error why the host could not be judged, or null
 */
public record HostSummary(String host, String group, String kernel, int critical, int warning, int info, String error) {}
