package dev.kernlint.fact;

/** A number a rule compares against, from the profile (thresholds.RULE-ID.name), never written in the DRL. */
public record Threshold(String rule, String name, double value) {}
