package dev.kernlint.live;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A CLOSE_WAIT leak at a steady rate: a server on 127.0.0.1:PORT that accepts and never closes, and a client that
 * connects and closes RATE times a second for at most SECONDS, so the server's side of each connection stays in
 * CLOSE_WAIT. Run inside a network namespace by {@link CloseWaitLeakNamespaceTest}; prints "ready" after the first
 * connection, never leaves loopback, ends by itself (its sockets close with it).
 */
public final class CloseWaitLeakMaker {
    private CloseWaitLeakMaker() {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int port = Integer.parseInt(args[2]);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<Socket> leaked = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(port, 512, loopback)) {
            Paced.run(rate, seconds, i -> {
                new Socket(loopback, port).close();
                leaked.add(server.accept());
            });
        }
    }
}
