package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import java.time.Instant;

/** The facts of one reading of a host and when it was taken. */
public record Sample(Instant at, Facts facts) {}
