package dev.slipway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.ValidationContext;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The OpenAPI formats that the Kubernetes schemas use and a JSON Schema validator does not know:
 * without them {@code replicas: 99999999999} or {@code memory: 512MB} would pass.
 */
final class KubernetesFormats {

  // The serialization format of resource.Quantity, as Kubernetes documents it and uses in CRDs.
  private static final Pattern QUANTITY =
      Pattern.compile(
          "^([+-])?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE]([+-])?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$");

  private KubernetesFormats() {}

  static List<Format> all() {
    return List.of(
        new IntegerRange("int32", Integer.MIN_VALUE, Integer.MAX_VALUE),
        new IntegerRange("int64", Long.MIN_VALUE, Long.MAX_VALUE),
        new Quantity(),
        new Base64Bytes());
  }

  private record IntegerRange(String name, long min, long max) implements Format {

    @Override
    public String getName() {
      return name;
    }

    @Override
    @SuppressWarnings(
        "deprecation") // still what the validator's message says; its successor needs a resource
    // bundle
    public String getErrorMessageDescription() {
      return "an integer from " + min + " to " + max;
    }

    @Override
    public boolean matches(ExecutionContext context, ValidationContext validation, JsonNode value) {
      // a value of the wrong type is the type keyword's error, not this format's
      return !value.isIntegralNumber()
          || value.canConvertToLong() && value.asLong() >= min && value.asLong() <= max;
    }
  }

  private static final class Quantity implements Format {

    @Override
    public String getName() {
      return "quantity";
    }

    @Override
    @SuppressWarnings(
        "deprecation") // still what the validator's message says; its successor needs a resource
    // bundle
    public String getErrorMessageDescription() {
      return "a Kubernetes quantity such as 250m, 1, 512Mi or 1Gi";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return QUANTITY.matcher(value).matches();
    }
  }

  private static final class Base64Bytes implements Format {

    @Override
    public String getName() {
      return "byte";
    }

    @Override
    @SuppressWarnings(
        "deprecation") // still what the validator's message says; its successor needs a resource
    // bundle
    public String getErrorMessageDescription() {
      return "base64-encoded data";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      try {
        Base64.getDecoder().decode(value);
        return true;
      } catch (IllegalArgumentException notBase64) {
        return false;
      }
    }
  }
}
