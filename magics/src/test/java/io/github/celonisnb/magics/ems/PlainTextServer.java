package io.github.celonisnb.magics.ems;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A server on 127.0.0.1 that answers every connection with a plain HTTP 400 at once, as a non-TLS server does. */
final class PlainTextServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    PlainTextServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::serve, "plain-text-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
