package dev.kernlint.fact;

import java.util.List;

/** A bonding master and its members (/sys/class/net/BOND/bonding/slaves or /proc/net/bonding/BOND). */
public record Bond(String name, List<String> slaves) {}
