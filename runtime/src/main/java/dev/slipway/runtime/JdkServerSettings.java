package dev.slipway.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The settings of the JDK's {@code HttpServer} that a service under load needs, which the JDK reads
 * from system properties once per JVM, in a static initializer, when the first {@code HttpServer}
 * is created; no API reaches the accepted sockets. The runtime sets them when its class
 * initializes, before it can create a server ({@link #request}), unless the JVM was started with
 * values of its own:
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.nodelay=true}, TCP_NODELAY. The server writes a response's
 *       headers and its body separately (JDK 17 always; JDK 21 and later when the two exceed its 8
 *       KiB buffer, as a scrape does). With Nagle's algorithm on, the body waits until the client
 *       acknowledges the headers, and a client on a keep-alive connection delays that ACK: 40 ms at
 *       least on Linux, on every request.
 *   <li>{@code sun.net.httpserver.maxIdleConnections}, no cap. With 200 (the JDK's default) other
 *       connections idle, the server closes a keep-alive connection right after its response,
 *       without {@code Connection: close}, and a client that sends its next request meanwhile gets
 *       a reset: a failed request for a service with more than 200 client connections. Idle
 *       connections still close after the JDK's idle interval (30 s).
 * </ul>
 *
 * <p>{@link #verifyNoDelay} measures whether TCP_NODELAY took effect: when an agent, a library or
 * the application created a server before, the runtime refuses to start and says how to fix it,
 * rather than serve every request 40 ms late; its message names both properties. (The idle cap is
 * not checked on its own: it only shows with more than 200 client connections.)
 */
final class JdkServerSettings {

  static final String NO_DELAY = "sun.net.httpserver.nodelay";
  static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

  /**
   * Large enough to be written apart from the headers on every JDK, small enough for one loopback
   * segment.
   */
  private static final int PROBE_BODY_BYTES = 16 * 1024;

  /** Half of Linux's shortest delayed ACK: a Nagle stall is never shorter. */
  private static final long STALL_NANOS = 20_000_000;

  /**
   * A new connection acknowledges at once (quick-ACK mode), so the first exchange proves nothing.
   */
  private static final int UNMEASURED_EXCHANGES = 1;

  private static final int MEASURED_EXCHANGES = 5;

  private static final byte[] REQUEST =
      "GET / HTTP/1.1\r\nHost: slipway\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** The JDK's value cannot change once read, so one check per JVM is enough. */
  private static boolean noDelayVerified;

  private JdkServerSettings() {}

  /**
   * Asks for TCP_NODELAY and no idle-connection cap, unless the JVM was started with values of its
   * own.
   */
  static void request() {
    setUnlessSet(NO_DELAY, "true");
    setUnlessSet(MAX_IDLE_CONNECTIONS, Integer.toString(Integer.MAX_VALUE));
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * Serves a response of the shape that stalls on a throwaway loopback server, over one keep-alive
   * connection, and fails when most bodies arrive a delayed ACK after their headers.
   *
   * @throws IllegalStateException when the JDK's servers in this JVM have Nagle's algorithm on
   */
  static synchronized void verifyNoDelay() throws IOException {
    if (noDelayVerified) {
      return;
    }
    InetAddress loopback = InetAddress.getLoopbackAddress();
    byte[] body = new byte[PROBE_BODY_BYTES];
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    long[] headersToBody = new long[MEASURED_EXCHANGES];
    try (Socket socket = new Socket(loopback, server.getAddress().getPort())) {
      socket.setSoTimeout(5_000);
      InputStream in = socket.getInputStream();
      for (int i = -UNMEASURED_EXCHANGES; i < MEASURED_EXCHANGES; i++) {
        socket.getOutputStream().write(REQUEST);
        skipHeaders(in);
        long headersRead = System.nanoTime();
        if (in.readNBytes(body.length).length != body.length) {
          throw new IOException("the probe server closed the connection");
        }
        if (i >= 0) {
          headersToBody[i] = System.nanoTime() - headersRead;
        }
      }
    } finally {
      server.stop(0);
    }
    Arrays.sort(headersToBody);
    long median = headersToBody[MEASURED_EXCHANGES / 2];
    if (median >= STALL_NANOS) {
      throw new IllegalStateException(
          "TCP_NODELAY is off on the JDK HttpServer's sockets in this JVM:"
              + " a response on a keep-alive connection waits "
              + median / 1_000_000
              + " ms for the client's"
              + " delayed ACK. The JDK reads "
              + NO_DELAY
              + " (now "
              + System.getProperty(NO_DELAY)
              + ") once,"
              + " when the first HttpServer of the JVM is created, and one was created before the Slipway runtime"
              + " (by a Java agent, a library or the application). Start the JVM with -D"
              + NO_DELAY
              + "=true"
              + " -D"
              + MAX_IDLE_CONNECTIONS
              + "="
              + Integer.MAX_VALUE
              + ", for example in JAVA_TOOL_OPTIONS,"
              + " or start the Slipway runtime first.");
    }
    noDelayVerified = true;
  }

  private static void skipHeaders(InputStream in) throws IOException {
    int matched = 0; // of the CR LF CR LF that ends the headers
    while (matched < 4) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("the probe server closed the connection");
      }
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
    }
  }
}
