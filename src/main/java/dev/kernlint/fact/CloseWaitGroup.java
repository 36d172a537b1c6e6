package dev.kernlint.fact;

/** CLOSE_WAIT sockets on one local port: the peer closed, this application has not called close() yet. */
public record CloseWaitGroup(String localAddress, int localPort, long count) {}
