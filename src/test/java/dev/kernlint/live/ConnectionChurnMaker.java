package dev.kernlint.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Short-lived loopback connections at a steady rate: a server on 127.0.0.1:PORT that closes after the client, and a
 * client that connects and closes first RATE times a second for at most SECONDS, so each connection leaves one
 * TIME_WAIT socket on the client side. Run inside a network namespace by {@link ConnectionChurnNamespaceTest};
 * prints "ready" after the first connection, never leaves loopback, ends by itself.
 */
public final class ConnectionChurnMaker {
    private ConnectionChurnMaker() {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int port = Integer.parseInt(args[2]);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket server = new ServerSocket(port, 512, loopback)) {
            Thread acceptor = new Thread(() -> serve(server), "server");
            acceptor.setDaemon(true);
            acceptor.start();
            Paced.run(rate, seconds, i -> new Socket(loopback, port).close());
        }
    }

    private static void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                // wait for the client's FIN, so the client is the side that closed first
                while (in.read() >= 0) {
                    // no data is sent
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
