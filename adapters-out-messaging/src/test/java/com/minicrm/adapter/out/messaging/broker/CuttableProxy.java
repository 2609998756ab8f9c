package com.minicrm.adapter.out.messaging.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A broker node the test can crash: a TCP relay to the real broker whose replies can be held back
 * (so confirms never arrive) and which can be cut, closing every connection and refusing new ones.
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean holdReplies;

    CuttableProxy(String host, int port) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket broker = new Socket(host, port);
                    sockets.add(client);
                    sockets.add(broker);
                    relay(client, broker, false);
                    relay(broker, client, true);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** From now on nothing the broker sends reaches the client: no confirm, no delivery. */
    void holdReplies() {
        holdReplies = true;
    }

    /** The node's crash: every connection reset, the port closed. */
    void cut() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void relay(Socket from, Socket to, boolean replies) {
        Thread relay = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!(replies && holdReplies)) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // the other side or the test cut the connection
            }
        }, "proxy-relay");
        relay.setDaemon(true);
        relay.start();
    }
}
