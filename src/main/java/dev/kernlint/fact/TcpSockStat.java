package dev.kernlint.fact;

/** The TCP line of /proc/net/sockstat: counts for the whole network namespace; tw covers IPv4 and IPv6. Null = absent. */
public record TcpSockStat(Long inuse, Long orphan, Long tw, Long alloc, Long memPages) {}
