package dev.kernlint.fact;

/**
 * TIME_WAIT sockets towards one peer: each (local address, remote address, remote port) tuple can use each
 * local port once, so this count is what eats into ip_local_port_range.
 */
public record TimeWaitGroup(String localAddress, String remoteAddress, int remotePort, long count) {}
