package dev.slipway.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dispatches the requests of one server by method and {@link RouteTemplate}. With metrics, the
 * service's routes are timed under their template, a path no route matches as {@code NOT_FOUND} (as
 * Spring does), and management routes (probes, scrape) not at all, so the HTTP metrics count the
 * service's own traffic only.
 */
final class Router implements HttpHandler {

  private record Route(String method, RouteTemplate template, HttpHandler handler, boolean timed) {}

  private record Match(Route route, Map<String, String> variables) {}

  private final Optional<HttpServerMetrics> metrics;
  private final List<Route> routes = new CopyOnWriteArrayList<>();

  /** {@code metrics} empty for a server that carries no service traffic. */
  Router(Optional<HttpServerMetrics> metrics) {
    this.metrics = metrics;
  }

  void add(String method, String template, HttpHandler handler, boolean timed) {
    RouteTemplate parsed = RouteTemplate.parse(template);
    for (Route route : routes) {
      if (route.method().equals(method) && route.template().segments().equals(parsed.segments())) {
        throw new IllegalArgumentException(method + " " + template + " is already routed");
      }
    }
    boolean reallyTimed = timed && metrics.isPresent();
    routes.add(
        new Route(
            method,
            parsed,
            reallyTimed ? metrics.get().timed(template, handler) : handler,
            reallyTimed));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    List<String> path = RouteTemplate.split(exchange.getRequestURI().getPath());
    List<Match> matches = new ArrayList<>();
    for (Route route : routes) {
      route.template().match(path).ifPresent(variables -> matches.add(new Match(route, variables)));
    }
    // the most literal template wins; among equals, the first registered (a stable sort)
    matches.sort(
        Comparator.comparingLong((Match m) -> m.route().template().literalCount()).reversed());
    if (matches.isEmpty()) {
      answer(exchange, "NOT_FOUND", metrics.isPresent(), 404, "{\"error\":\"not found\"}");
      return;
    }
    Optional<Match> exact =
        matches.stream()
            .filter(m -> m.route().method().equals(exchange.getRequestMethod()))
            .findFirst();
    if (exact.isEmpty()) {
      TreeSet<String> allowed = new TreeSet<>();
      matches.forEach(m -> allowed.add(m.route().method()));
      exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
      Route nearest = matches.get(0).route();
      answer(
          exchange,
          nearest.template().template(),
          nearest.timed(),
          405,
          "{\"error\":\"method not allowed\"}");
      return;
    }
    exact.get().route().handler().handle(new RoutedExchange(exchange, exact.get().variables()));
  }

  private void answer(HttpExchange exchange, String uri, boolean timed, int status, String json)
      throws IOException {
    HttpHandler answer = e -> respond(e, status, json);
    (timed ? metrics.orElseThrow().timed(uri, answer) : answer).handle(exchange);
  }

  static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    if (body.length == 0) {
      exchange.sendResponseHeaders(status, -1); // no body at all, as 204 and 304 require
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
