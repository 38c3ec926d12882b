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
 * Dispatches the requests of one server by method and {@link RouteTemplate}. It tells
 * {@link HttpServerMetrics} the matched template through {@link HttpServerMetrics#URI_ATTRIBUTE},
 * {@code NOT_FOUND} when nothing matched, and marks management routes (probes, scrape) as not
 * timed, so that the HTTP metrics count the service's own traffic only.
 */
final class Router implements HttpHandler {

  static final String VARIABLES_ATTRIBUTE = "dev.slipway.pathVariables";

  private record Route(String method, RouteTemplate template, HttpHandler handler, boolean timed) {}

  private record Match(Route route, Map<String, String> variables) {}

  private final List<Route> routes = new CopyOnWriteArrayList<>();

  void add(String method, String template, HttpHandler handler, boolean timed) {
    RouteTemplate parsed = RouteTemplate.parse(template);
    for (Route route : routes) {
      if (route.method().equals(method) && route.template().segments().equals(parsed.segments())) {
        throw new IllegalArgumentException(method + " " + template + " is already routed");
      }
    }
    routes.add(new Route(method, parsed, handler, timed));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    List<Match> matches = new ArrayList<>();
    for (Route route : routes) {
      route.template().match(path).ifPresent(variables -> matches.add(new Match(route, variables)));
    }
    // the most literal template wins; among equals, the first registered (a stable sort)
    matches.sort(Comparator.comparingLong((Match m) -> m.route().template().literalCount()).reversed());
    if (matches.isEmpty()) {
      exchange.setAttribute(HttpServerMetrics.URI_ATTRIBUTE, "NOT_FOUND");
      respond(exchange, 404, "{\"error\":\"not found\"}");
      return;
    }
    Optional<Match> exact =
        matches.stream().filter(m -> m.route().method().equals(exchange.getRequestMethod())).findFirst();
    Match chosen = exact.orElse(matches.get(0));
    if (!chosen.route().timed()) {
      exchange.setAttribute(HttpServerMetrics.UNTIMED_ATTRIBUTE, Boolean.TRUE);
    }
    exchange.setAttribute(HttpServerMetrics.URI_ATTRIBUTE, chosen.route().template().template());
    if (exact.isEmpty()) {
      TreeSet<String> allowed = new TreeSet<>();
      matches.forEach(m -> allowed.add(m.route().method()));
      exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
      respond(exchange, 405, "{\"error\":\"method not allowed\"}");
      return;
    }
    exchange.setAttribute(VARIABLES_ATTRIBUTE, chosen.variables());
    chosen.route().handler().handle(exchange);
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
