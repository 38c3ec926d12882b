package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  @Test
  void variablesMatchOneWholeSegment() {
    RouteTemplate template = RouteTemplate.parse("/orders/{id}/lines/{line}");

    assertEquals(
        Optional.of(Map.of("id", "42", "line", "7")), match(template, "/orders/42/lines/7"));
    assertEquals(
        Optional.of(Map.of("id", "42", "line", "7")), match(template, "/orders/42/lines/7/"));
    assertEquals(Optional.empty(), match(template, "/orders/42/lines"));
    assertEquals(Optional.empty(), match(template, "/orders/42/lines/7/8"));
    assertEquals(Optional.empty(), match(template, "/order/42/lines/7"));
    assertEquals(2, template.literalCount());
  }

  @Test
  void rootMatchesOnlyRoot() {
    RouteTemplate root = RouteTemplate.parse("/");

    assertEquals(Optional.of(Map.of()), match(root, "/"));
    assertEquals(Optional.empty(), match(root, "/x"));
  }

  @Test
  void malformedTemplatesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> RouteTemplate.parse("orders"));
    assertThrows(IllegalArgumentException.class, () -> RouteTemplate.parse("/orders/id-{id}"));
    assertThrows(IllegalArgumentException.class, () -> RouteTemplate.parse("/orders/{}"));
  }

  @Test
  void aRouteIsRegisteredOnce() {
    Router router = new Router(java.util.Optional.empty());
    router.add("GET", "/orders/{id}", exchange -> {}, true);

    assertThrows(
        IllegalArgumentException.class,
        () -> router.add("GET", "/orders/{id}", exchange -> {}, true));
  }

  private static Optional<Map<String, String>> match(RouteTemplate template, String path) {
    return template.match(RouteTemplate.split(path));
  }
}
