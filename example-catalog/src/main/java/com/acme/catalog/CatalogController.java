package com.acme.catalog;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's API: a few products, read only. */
@RestController
public class CatalogController {

  private static final Map<Integer, String> PRODUCTS = Map.of(1, "kettle", 2, "teapot", 3, "mug");

  @GetMapping("/products")
  public List<Map<String, Object>> products() {
    return PRODUCTS.keySet().stream()
        .sorted()
        .map(id -> Map.<String, Object>of("id", id, "name", PRODUCTS.get(id)))
        .toList();
  }

  @GetMapping("/products/{id}")
  public ResponseEntity<Map<String, Object>> product(@PathVariable("id") int id) {
    String name = PRODUCTS.get(id);
    return name == null
        ? ResponseEntity.notFound().build()
        : ResponseEntity.ok(Map.of("id", id, "name", name));
  }
}
