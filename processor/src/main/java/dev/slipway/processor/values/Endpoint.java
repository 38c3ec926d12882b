package dev.slipway.processor.values;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a connection string in an environment value points: {@code https://api.stripe.com/v1},
 * {@code jdbc:postgresql://db.acme.internal:5432/orders}, {@code redis://cache:6379} or a bare
 * {@code kafka-0.kafka:9092}. Parsed without any name lookup; the port is the scheme's default when
 * none is written.
 */
public record Endpoint(String host, int port) {

  /** Well-known ports of the schemes services connect with. */
  private static final Map<String, Integer> DEFAULT_PORTS =
      Map.ofEntries(
          Map.entry("http", 80),
          Map.entry("https", 443),
          Map.entry("ws", 80),
          Map.entry("wss", 443),
          Map.entry("postgres", 5432),
          Map.entry("postgresql", 5432),
          Map.entry("mysql", 3306),
          Map.entry("mariadb", 3306),
          Map.entry("sqlserver", 1433),
          Map.entry("oracle", 1521),
          Map.entry("redis", 6379),
          Map.entry("rediss", 6379),
          Map.entry("mongodb", 27017),
          Map.entry("amqp", 5672),
          Map.entry("amqps", 5671),
          Map.entry("nats", 4222),
          Map.entry("ldap", 389),
          Map.entry("ldaps", 636),
          Map.entry("smtp", 25),
          Map.entry("smtps", 465));

  /** {@code host:port} without a scheme, as Kafka bootstrap servers are written. */
  private static final Pattern HOST_PORT =
      Pattern.compile("([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?):([0-9]{1,5})(,.*)?");

  /** The endpoint {@code text} names, or empty when it does not look like one. */
  public static Optional<Endpoint> parse(String text) {
    String value = text.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:")) {
      value = value.substring("jdbc:".length());
    }
    if (value.contains("://")) {
      return url(value);
    }
    Matcher bare = HOST_PORT.matcher(value);
    if (!bare.matches()) {
      return Optional.empty();
    }
    String host = bare.group(1);
    int port = Integer.parseInt(bare.group(3));
    // a host has a letter or is an address: "10:30" is a time of day, not an endpoint
    boolean named = host.chars().anyMatch(Character::isLetter) || IpAddress.parse(host).isPresent();
    return named && port >= 1 && port <= 65535
        ? Optional.of(new Endpoint(host, port))
        : Optional.empty();
  }

  private static Optional<Endpoint> url(String text) {
    try {
      URI uri = new URI(text);
      String host = uri.getHost();
      if (host == null || uri.getScheme() == null) {
        return Optional.empty();
      }
      int port = uri.getPort();
      if (port < 0) {
        Integer known = DEFAULT_PORTS.get(uri.getScheme().toLowerCase(Locale.ROOT));
        if (known == null) {
          return Optional.empty();
        }
        port = known;
      }
      return Optional.of(
          new Endpoint(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port));
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
  }

  /** The address when the host is an IP literal. */
  public Optional<byte[]> address() {
    return IpAddress.parse(host);
  }

  /** A single-label name such as {@code payments} or {@code redis}: a Service of the cluster. */
  public boolean inCluster() {
    return address().isEmpty() && (!host.contains(".") || host.contains(".svc"));
  }
}
