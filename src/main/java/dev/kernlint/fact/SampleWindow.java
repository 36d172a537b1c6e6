package dev.kernlint.fact;

/** How many readings the audit has and over how long: rules over time need at least three. */
public record SampleWindow(int samples, double seconds) {}
