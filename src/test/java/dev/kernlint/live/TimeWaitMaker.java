package dev.kernlint.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes N real TIME_WAIT sockets on loopback: a server on 127.0.0.1:PORT that closes after the client does, and a
 * client that connects and closes first, so TIME_WAIT lands on the client side (local 127.0.0.1:ephemeral, remote
 * 127.0.0.1:PORT). Run inside a network namespace by {@link TimeWaitNamespaceTest}; never leaves loopback, ends by itself.
 */
public final class TimeWaitMaker {
    private TimeWaitMaker() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        CountDownLatch closedByServer = new CountDownLatch(count);
        try (ServerSocket server = new ServerSocket(port, 128, loopback)) {
            Thread acceptor = new Thread(() -> {
                try {
                    for (int i = 0; i < count; i++) {
                        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                            // wait for the client's FIN, so the client is the side that closed first
                            while (in.read() >= 0) {
                                // no data is sent
                            }
                        }
                        closedByServer.countDown();
                    }
                } catch (IOException e) {
                    System.err.println("server: " + e);
                }
            }, "server");
            acceptor.setDaemon(true);
            acceptor.start();
            for (int i = 0; i < count; i++) {
                new Socket(loopback, port).close();
            }
            if (!closedByServer.await(30, TimeUnit.SECONDS)) {
                System.err.println("only " + (count - closedByServer.getCount()) + " of " + count + " connections closed");
                System.exit(1);
            }
        }
        System.out.println(count + " connections closed by the client first");
    }
}
