package dev.slipway.runtime;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection on loopback, kept alive across requests, as load balancers and Prometheus
 * use one.
 */
final class KeepAliveConnection implements AutoCloseable {

  /** A response's status and body, and how long the body took to follow the headers. */
  record Response(int status, String body, Duration headersToBody) {}

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  KeepAliveConnection(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
  }

  Response get(String path) throws IOException {
    out.write(
        ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String statusLine = readLine();
    int contentLength = 0;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        contentLength = Integer.parseInt(lower.substring("content-length:".length()).trim());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        throw new IOException("the server closed the connection: " + statusLine);
      }
    }
    long headersRead = System.nanoTime();
    byte[] body = in.readNBytes(contentLength);
    return new Response(
        Integer.parseInt(statusLine.split(" ")[1]),
        new String(body, StandardCharsets.UTF_8),
        Duration.ofNanos(System.nanoTime() - headersRead));
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
