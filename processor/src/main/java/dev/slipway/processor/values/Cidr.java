package dev.slipway.processor.values;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address range in CIDR notation, as a NetworkPolicy {@code ipBlock} takes it:
 * {@code 10.20.0.0/16}, {@code 2001:db8::/32}. Parsed here, without any name lookup, and only in
 * its canonical form: no leading zeros in IPv4 parts and no address bits beyond the prefix, which
 * current Kubernetes versions reject or warn about on new objects.
 *
 * @param address the network address as 4 or 16 bytes
 * @param prefix the prefix length
 */
public record Cidr(byte[] address, int prefix) {

  private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

  /** The range, or what is wrong with {@code text}: nothing when it is a canonical CIDR. */
  public static Optional<String> problem(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.of(
          "has no prefix length; write the network with its length, e.g. \"10.20.0.0/16\"");
    }
    Optional<byte[]> address = IpAddress.parse(text.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.of("is not an IPv4 or IPv6 address with a prefix length");
    }
    int bits = address.get().length * 8;
    String length = text.substring(slash + 1);
    if (!PREFIX.matcher(length).matches() || Integer.parseInt(length) > bits) {
      return Optional.of("has a prefix length outside 0.." + bits);
    }
    int prefix = Integer.parseInt(length);
    byte[] network = network(address.get(), prefix);
    if (!Arrays.equals(network, address.get())) {
      return Optional.of(
          "has address bits beyond its /"
              + prefix
              + "; the network is \""
              + IpAddress.format(network)
              + "/"
              + prefix
              + "\"");
    }
    return Optional.empty();
  }

  /** The range of {@code text}, which {@link #problem} accepts. */
  public static Optional<Cidr> parse(String text) {
    if (problem(text).isPresent()) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    return IpAddress.parse(text.substring(0, slash))
        .map(a -> new Cidr(a, Integer.parseInt(text.substring(slash + 1))));
  }

  /** Whether the address {@code ip} (4 or 16 bytes) lies in this range. */
  public boolean contains(byte[] ip) {
    return ip.length == address.length && Arrays.equals(network(ip, prefix), address);
  }

  private static byte[] network(byte[] address, int prefix) {
    int bits = address.length * 8;
    BigInteger value = new BigInteger(1, address);
    BigInteger mask =
        BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
    byte[] masked = value.and(mask).toByteArray();
    byte[] out = new byte[address.length];
    int copy = Math.min(masked.length, out.length);
    System.arraycopy(masked, masked.length - copy, out, out.length - copy, copy);
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.address, address);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(address) + prefix;
  }

  @Override
  public String toString() {
    return IpAddress.format(address) + "/" + prefix;
  }
}
