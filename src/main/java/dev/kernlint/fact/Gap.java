package dev.kernlint.fact;

/** An input that could not be read, and why: rules that need it are "not evaluated", never passed. */
public record Gap(String area, String input, String reason) {}
