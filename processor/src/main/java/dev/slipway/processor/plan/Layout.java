package dev.slipway.processor.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where everything a compile writes goes, and how the files point at each other: every output path
 * below {@code META-INF/slipway/}, every relative reference between kustomizations, every runbook
 * link and every dashboard uid is spelled here and nowhere else.
 *
 * <pre>
 * &lt;service&gt;/base/{kustomization.yaml, manifests.yaml}
 * &lt;service&gt;/overlays/&lt;env&gt;/kustomization.yaml
 * &lt;service&gt;/rendered/&lt;env&gt;.yaml                  (-Aslipway.rendered=true)
 * &lt;service&gt;/prometheus/&lt;service&gt;.rules.yaml
 * &lt;service&gt;/grafana/{&lt;service&gt;-dashboard.json, kustomization.yaml}
 * &lt;service&gt;/runbook.md
 * &lt;env&gt;/{kustomization.yaml, namespaces.yaml}
 * cluster/argo-rollouts/{kustomization.yaml, gateway-api-plugin.yaml}   (a traffic-routed canary)
 * </pre>
 *
 * @param runbookBaseUrl where the runbooks are published, {@code -Aslipway.runbookBaseUrl}
 */
public record Layout(String runbookBaseUrl) {

  public static final String KUSTOMIZATION = "kustomization.yaml";

  /** The one stream of a base's objects, as its kustomization lists it. */
  public static final String MANIFESTS = "manifests.yaml";

  /** A base as its overlays refer to it. */
  public static final String BASE_FROM_OVERLAY = "../../base";

  public static final String NAMESPACES = "namespaces.yaml";

  private static final String UID_PREFIX = "slipway-";

  /** Grafana's limit on a dashboard uid. */
  static final int MAX_UID_LENGTH = 40;

  public static String base(String service) {
    return service + "/base/";
  }

  public static String overlay(String service, String environment) {
    return service + "/overlays/" + environment + "/" + KUSTOMIZATION;
  }

  /** An overlay as the environment's kustomization at the root refers to it. */
  public static String overlayFromEnvironment(String service, String environment) {
    return "../" + service + "/overlays/" + environment;
  }

  public static String rendered(String service, String environment) {
    return service + "/rendered/" + environment + ".yaml";
  }

  public static String rules(String service) {
    return service + "/prometheus/" + service + ".rules.yaml";
  }

  public static String grafana(String service) {
    return service + "/grafana/";
  }

  /** The dashboard's file name in {@link #grafana}. */
  public static String dashboardFile(String service) {
    return service + "-dashboard.json";
  }

  public static String runbook(String service) {
    return service + "/runbook.md";
  }

  public static String environment(String environment) {
    return environment + "/";
  }

  /**
   * What the Argo Rollouts installation of a cluster needs for the compile's traffic-routed
   * canaries, applied once per cluster by whoever runs Argo Rollouts.
   */
  public static String argoRolloutsCluster() {
    return "cluster/argo-rollouts/";
  }

  /** The file in {@link #argoRolloutsCluster()} that registers the Gateway API plugin. */
  public static final String GATEWAY_API_PLUGIN = "gateway-api-plugin.yaml";

  /**
   * Whether {@code path} is one that javac's Filer and every file system take as it is: relative,
   * of segments made of letters, digits, '.', '_', '$' and '-', none of them empty, {@code .} or
   * {@code ..}. The rules keep every name that reaches a path to this; the processor checks it once
   * more before it writes anything.
   */
  public static boolean isSafePath(String path) {
    if (path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
      boolean plain =
          segment
              .codePoints()
              .allMatch(
                  c ->
                      Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '$' || c == '-');
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** The published runbook of {@code service}. */
  public String runbookUrl(String service) {
    return runbookBaseUrl + "/" + runbook(service);
  }

  /** {@code <runbookBaseUrl>/<service>/runbook.md#<anchor of heading>}: one section of it. */
  public String runbookUrl(String service, String heading) {
    return runbookUrl(service) + "#" + anchor(heading);
  }

  /**
   * The anchor GitHub (and GitLab, and most Markdown renderers) gives a heading: lower case,
   * punctuation other than {@code -} and {@code _} dropped, spaces turned into {@code -}.
   */
  public static String anchor(String heading) {
    StringBuilder sb = new StringBuilder();
    heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                sb.append('-');
              } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  /**
   * {@code slipway-<service>}; a name too long for Grafana's 40 characters keeps its start and gets
   * a hash of the whole name, so the uid stays stable and unique.
   */
  public static String dashboardUid(String service) {
    if (UID_PREFIX.length() + service.length() <= MAX_UID_LENGTH) {
      return UID_PREFIX + service;
    }
    String hash = sha256(service).substring(0, 8);
    return UID_PREFIX
        + service.substring(0, MAX_UID_LENGTH - UID_PREFIX.length() - hash.length() - 1)
        + "-"
        + hash;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
