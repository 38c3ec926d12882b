package dev.slipway.processor.values;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name grammars of Kubernetes API validation (apimachinery {@code validation.go}). Each check
 * returns what is wrong in words a user can act on, or empty when the value is valid.
 */
public final class KubernetesNames {

  /** The longest DNS label, and so the longest Service name and label value. */
  public static final int MAX_LABEL = 63;

  public static final int MAX_SUBDOMAIN = 253;

  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern ENV_VAR_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private KubernetesNames() {}

  /** A DNS-1035 label: the grammar of Service names (and so of Slipway service names). */
  public static Optional<String> dns1035LabelProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (name.length() > MAX_LABEL) {
      return Optional.of("is " + name.length() + " characters long, more than " + MAX_LABEL);
    }
    if (DNS1035_LABEL.matcher(name).matches()) {
      return Optional.empty();
    }
    if (!name.toLowerCase(java.util.Locale.ROOT).equals(name)) {
      return Optional.of("contains uppercase letters");
    }
    if (!(name.charAt(0) >= 'a' && name.charAt(0) <= 'z')) {
      return Optional.of("does not start with a lowercase letter");
    }
    if (name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
      return Optional.of("ends with '-'");
    }
    return Optional.of("contains characters other than lowercase letters, digits and '-'");
  }

  /**
   * A DNS-1123 label: the grammar of namespace names, and of each dot-separated part of a host
   * name.
   */
  public static Optional<String> dns1123LabelProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (name.length() > MAX_LABEL) {
      return Optional.of("is " + name.length() + " characters long, more than " + MAX_LABEL);
    }
    if (DNS1123_LABEL.matcher(name).matches()) {
      return Optional.empty();
    }
    if (!name.toLowerCase(java.util.Locale.ROOT).equals(name)) {
      return Optional.of("contains uppercase letters");
    }
    if (name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
      return Optional.of("starts or ends with '-'");
    }
    return Optional.of("contains characters other than lowercase letters, digits and '-'");
  }

  /**
   * A DNS-1123 subdomain: the grammar of Secret, ConfigMap and IngressClass names and of host
   * names: dot-separated DNS-1123 labels, at most 253 characters.
   */
  public static Optional<String> dns1123SubdomainProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (name.length() > MAX_SUBDOMAIN) {
      return Optional.of("is " + name.length() + " characters long, more than " + MAX_SUBDOMAIN);
    }
    for (String label : name.split("\\.", -1)) {
      if (label.length() > MAX_LABEL) {
        return Optional.of("has a part longer than " + MAX_LABEL + " characters");
      }
      if (!DNS1123_LABEL.matcher(label).matches()) {
        return Optional.of(
            "is not lowercase letters, digits, '-' and '.', starting and ending with a letter or digit");
      }
    }
    return Optional.empty();
  }

  /**
   * A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric.
   */
  public static Optional<String> labelValueProblem(String value) {
    if (value.length() > MAX_LABEL) {
      return Optional.of("is " + value.length() + " characters long, more than " + MAX_LABEL);
    }
    if (!value.isEmpty() && !LABEL_VALUE.matcher(value).matches()) {
      return Optional.of(
          "is not letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
    }
    return Optional.empty();
  }

  /**
   * An environment variable name as every supported Kubernetes version accepts it ({@code
   * IsEnvVarName}; relaxed only from 1.34): letters, digits, '_', '-' and '.', not starting with a
   * digit, and not {@code .}, {@code ..} or starting with {@code ..}.
   */
  public static Optional<String> envVarNameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (!ENV_VAR_NAME.matcher(name).matches()) {
      return Optional.of(
          "is not letters, digits, '_', '-' and '.', starting with a letter, '_', '-' or '.'");
    }
    if (name.equals(".") || name.startsWith("..")) {
      return Optional.of("is '.' or starts with '..'");
    }
    return Optional.empty();
  }

  /** A key in a Secret or ConfigMap ({@code IsConfigMapKey}). */
  public static Optional<String> configKeyProblem(String key) {
    if (key.isEmpty()) {
      return Optional.of("is empty");
    }
    if (key.length() > MAX_SUBDOMAIN) {
      return Optional.of("is " + key.length() + " characters long, more than " + MAX_SUBDOMAIN);
    }
    if (!CONFIG_KEY.matcher(key).matches()) {
      return Optional.of("is not letters, digits, '-', '_' and '.'");
    }
    if (key.equals(".") || key.equals("..") || key.startsWith("..")) {
      return Optional.of("is '.' or starts with '..'");
    }
    return Optional.empty();
  }
}
