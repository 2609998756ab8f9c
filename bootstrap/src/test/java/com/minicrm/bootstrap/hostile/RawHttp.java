package com.minicrm.bootstrap.hostile;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients will not send or cannot read: a request
 * that announces a huge body and waits (Expect: 100-continue) for the server to refuse it. The JDK's
 * HttpClient hangs when such a refusal carries a body, so it cannot check that the refusal is a problem.
 */
final class RawHttp {
    private RawHttp() {}

    /** Sends only the head of a POST announcing {@code length} bytes, and reads the answer until the server closes. */
    static String announce(String path, String contentType, long length) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-api-key\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readUntilClosed(socket);
        }
    }

    /** The status of the answer, past any 100 Continue. */
    static int status(String response) {
        String finalAnswer = response.startsWith("HTTP/1.1 100") ? response.substring(response.indexOf("\r\n\r\n") + 4) : response;
        return Integer.parseInt(finalAnswer.substring(9, 12));
    }

    static String readUntilClosed(Socket socket) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (IOException resetOrTimeout) {
            // what arrived before a reset or the read timeout is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
