package dev.slipway.processor.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals, parsed without any name lookup ({@code InetAddress.getByName} would resolve
 * a name at compile time). IPv4 in dotted decimal without leading zeros; IPv6 in its RFC 4291 text
 * forms, with {@code ::} and an optional dotted IPv4 tail, without a zone.
 */
public final class IpAddress {

  private static final Pattern IPV4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");

  private IpAddress() {}

  /** The 4 or 16 bytes of {@code text}, or empty when it is not an address literal. */
  public static Optional<byte[]> parse(String text) {
    return text.contains(":") ? ipv6(text) : ipv4(text);
  }

  private static Optional<byte[]> ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!IPV4_PART.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    return Optional.of(bytes);
  }

  private static Optional<byte[]> ipv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    List<Integer> head = new ArrayList<>();
    List<Integer> tail = new ArrayList<>();
    if (gap < 0) {
      if (!hextets(text, head)) {
        return Optional.empty();
      }
    } else if (!hextets(text.substring(0, gap), head) || !hextets(text.substring(gap + 2), tail)) {
      return Optional.empty();
    }
    int count = head.size() + tail.size();
    if (gap < 0 ? count != 8 : count > 7) {
      return Optional.empty();
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < head.size(); i++) {
      put(bytes, i, head.get(i));
    }
    for (int i = 0; i < tail.size(); i++) {
      put(bytes, 8 - tail.size() + i, tail.get(i));
    }
    return Optional.of(bytes);
  }

  /** Colon-separated hextets, the last of which may be a dotted IPv4 address (two hextets). */
  private static boolean hextets(String text, List<Integer> out) {
    if (text.isEmpty()) {
      return true;
    }
    String[] parts = text.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i == parts.length - 1 && parts[i].contains(".")) {
        Optional<byte[]> v4 = ipv4(parts[i]);
        if (v4.isEmpty()) {
          return false;
        }
        byte[] b = v4.get();
        out.add((b[0] & 0xff) << 8 | (b[1] & 0xff));
        out.add((b[2] & 0xff) << 8 | (b[3] & 0xff));
      } else if (HEXTET.matcher(parts[i]).matches()) {
        out.add(Integer.parseInt(parts[i], 16));
      } else {
        return false;
      }
    }
    return true;
  }

  private static void put(byte[] bytes, int hextet, int value) {
    bytes[2 * hextet] = (byte) (value >> 8);
    bytes[2 * hextet + 1] = (byte) value;
  }

  /**
   * The address as text: dotted decimal, or IPv6 hextets with the longest run of zeros as {@code
   * ::}.
   */
  public static String format(byte[] address) {
    if (address.length == 4) {
      return (address[0] & 0xff)
          + "."
          + (address[1] & 0xff)
          + "."
          + (address[2] & 0xff)
          + "."
          + (address[3] & 0xff);
    }
    int[] hextets = new int[8];
    for (int i = 0; i < 8; i++) {
      hextets[i] = (address[2 * i] & 0xff) << 8 | (address[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && hextets[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(hextets[i]));
    }
    return sb.toString();
  }
}
