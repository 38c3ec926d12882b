package dev.slipway.processor;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads generated YAML the ways its consumers do and says where they disagree with what was meant.
 * What was meant is the YAML 1.2 JSON schema reading: Slipway builds every file as a JSON tree and
 * writes a number, boolean or null only in its JSON form, so a plain scalar is meant as a string
 * unless it is {@code true}, {@code false}, {@code null} or a JSON number. Each scalar, keys
 * included, must then read the same, type and value, with
 *
 * <ul>
 *   <li>SnakeYAML's default YAML 1.1 resolver (booleans {@code yes/on/off}, octal {@code 0777},
 *       sexagesimal {@code 1:30}, {@code 2024-01-15} timestamps, {@code ~} null, {@code <<}
 *       merge...), and
 *   <li>a port of the plain-scalar resolution of Go's {@code gopkg.in/yaml.v2} and {@code v3},
 *       which kubectl, kustomize and Prometheus use ({@code y/n}, {@code 1e1_0}, {@code 0o17},
 *       {@code 2024-1-5} dates...).
 * </ul>
 */
public final class YamlTypes {

  /** What a scalar resolves to. */
  public enum Kind {
    STR,
    INT,
    FLOAT,
    BOOL,
    NULL,
    TIMESTAMP,
    MERGE,
    OTHER
  }

  private YamlTypes() {}

  /** Every disagreement in {@code yaml}, one line each: where, what was written, who reads what. */
  public static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    Iterator<Node> meant = compose(new JsonSchemaResolver(), yaml).iterator();
    Iterator<Node> yaml11 = compose(new Resolver(), yaml).iterator();
    int document = 0;
    while (meant.hasNext() && yaml11.hasNext()) { // SnakeYAML's iterator needs hasNext() first
      walk("doc" + document++, meant.next(), yaml11.next(), problems);
    }
    return problems;
  }

  /**
   * The documents of {@code yaml} as they were meant: maps, lists, strings, numbers, booleans and
   * nulls by the JSON schema, empty documents left out.
   */
  public static List<Object> readAsMeant(String yaml) {
    List<Object> documents = new ArrayList<>();
    for (Object document : reader(new JsonSchemaResolver()).loadAll(new StringReader(yaml))) {
      if (document != null) {
        documents.add(document);
      }
    }
    return documents;
  }

  private static Yaml reader(Resolver resolver) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(
        new SafeConstructor(options),
        new Representer(new DumperOptions()),
        new DumperOptions(),
        options,
        resolver);
  }

  private static Iterable<Node> compose(Resolver resolver, String yaml) {
    return reader(resolver).composeAll(new StringReader(yaml));
  }

  private static void walk(String path, Node meant, Node yaml11, List<String> problems) {
    if (meant instanceof MappingNode map) {
      List<NodeTuple> other = ((MappingNode) yaml11).getValue();
      for (int i = 0; i < map.getValue().size(); i++) {
        NodeTuple tuple = map.getValue().get(i);
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        walkKey(path + " key " + key, tuple.getKeyNode(), other.get(i).getKeyNode(), problems);
        walk(path + "/" + key, tuple.getValueNode(), other.get(i).getValueNode(), problems);
      }
    } else if (meant instanceof SequenceNode list) {
      List<Node> other = ((SequenceNode) yaml11).getValue();
      for (int i = 0; i < list.getValue().size(); i++) {
        walk(path + "/" + i, list.getValue().get(i), other.get(i), problems);
      }
    } else if (meant instanceof ScalarNode scalar) {
      check(path, scalar, (ScalarNode) yaml11, problems);
    }
  }

  /** A mapping key: JSON keys are strings, so every key is meant as one. */
  private static void walkKey(String path, Node meant, Node yaml11, List<String> problems) {
    if (meant instanceof ScalarNode scalar) {
      check(path, scalar, Kind.STR, (ScalarNode) yaml11, problems);
    } else {
      problems.add(path + ": a key that is not a scalar");
    }
  }

  private static void check(
      String path, ScalarNode meant, ScalarNode yaml11, List<String> problems) {
    check(path, meant, kind(meant.getTag()), yaml11, problems);
  }

  private static void check(
      String path, ScalarNode meant, Kind kind, ScalarNode yaml11, List<String> problems) {
    boolean plain = meant.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    Kind asYaml11 = kind(yaml11.getTag());
    Kind asGoV2 = plain ? goResolve(meant.getValue(), false) : Kind.STR;
    Kind asGoV3 = plain ? goResolve(meant.getValue(), true) : Kind.STR;
    if (asYaml11 != kind || asGoV2 != kind || asGoV3 != kind) {
      problems.add(
          path
              + ": "
              + (plain ? "plain " : "quoted ")
              + '"'
              + meant.getValue()
              + "\" is meant as "
              + kind
              + ", read as "
              + asYaml11
              + " by YAML 1.1, "
              + asGoV2
              + " by Go yaml.v2, "
              + asGoV3
              + " by Go yaml.v3");
    }
  }

  private static Kind kind(Tag tag) {
    if (tag.equals(Tag.STR)) {
      return Kind.STR;
    }
    if (tag.equals(Tag.INT)) {
      return Kind.INT;
    }
    if (tag.equals(Tag.FLOAT)) {
      return Kind.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return Kind.BOOL;
    }
    if (tag.equals(Tag.NULL)) {
      return Kind.NULL;
    }
    if (tag.equals(Tag.TIMESTAMP)) {
      return Kind.TIMESTAMP;
    }
    return tag.equals(Tag.MERGE) ? Kind.MERGE : Kind.OTHER;
  }

  /** The YAML 1.2 JSON schema: only JSON's own literals are not strings. */
  private static final class JsonSchemaResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|false)$"), "tf");
      addImplicitResolver(Tag.INT, Pattern.compile("^-?(?:0|[1-9][0-9]*)$"), "-0123456789");
      addImplicitResolver(
          Tag.FLOAT,
          Pattern.compile("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$"),
          "-0123456789");
      addImplicitResolver(Tag.NULL, Pattern.compile("^(?:null)$"), "n");
      addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
    }
  }

  // --- Go: gopkg.in/yaml.v2 and v3, resolve.go, for an untagged plain scalar ---

  private static final Set<String> GO_V2_BOOLS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
          "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");

  private static final Set<String> GO_V3_BOOLS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  private static final Set<String> GO_NULLS = Set.of("", "~", "null", "Null", "NULL");

  private static final Set<String> GO_SPECIAL_FLOATS =
      Set.of(
          ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
          "-.Inf", "-.INF");

  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private static final Pattern GO_DATE = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

  private static final Pattern GO_TIME =
      Pattern.compile(
          "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?"
              + "(?:Z|[-+][0-9]{2}:[0-9]{2})"
              + "| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?)");

  /**
   * What Go's yaml.v2 ({@code v3 == false}) or v3 makes of the untagged plain scalar {@code in}.
   */
  public static Kind goResolve(String in, boolean v3) {
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint == 0) {
      return Kind.STR;
    }
    if ((v3 ? GO_V3_BOOLS : GO_V2_BOOLS).contains(in)) {
      return Kind.BOOL;
    }
    if (GO_NULLS.contains(in)) {
      return Kind.NULL;
    }
    if (GO_SPECIAL_FLOATS.contains(in)) {
      return Kind.FLOAT;
    }
    if (in.equals("<<")) {
      return Kind.MERGE;
    }
    switch (hint) {
      case '.':
        return parseFloat(in) ? Kind.FLOAT : Kind.STR;
      case 'D', 'S':
        if (timestamp(in)) {
          return Kind.TIMESTAMP;
        }
        String plain = in.replace("_", "");
        if (parseInt(plain)) {
          return Kind.INT;
        }
        if (YAML_STYLE_FLOAT.matcher(plain).matches() && parseFloat(plain)) {
          return Kind.FLOAT;
        }
        String unsigned = plain.startsWith("-") ? plain.substring(1) : plain;
        if (unsigned.startsWith("0b") && digits(unsigned.substring(2), 2)) {
          return Kind.INT;
        }
        if (v3 && unsigned.startsWith("0o") && digits(unsigned.substring(2), 8)) {
          return Kind.INT;
        }
        return Kind.STR;
      default:
        return Kind.STR;
    }
  }

  private static char hint(char first) {
    if (first == '+' || first == '-') {
      return 'S';
    }
    if (first >= '0' && first <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(first) >= 0) {
      return 'M';
    }
    return first == '.' ? '.' : 0;
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)}, or else {@code ParseUint(s, 0, 64)}, succeeds. */
  private static boolean parseInt(String s) {
    String body = s;
    boolean signed = false;
    if (body.startsWith("+") || body.startsWith("-")) {
      signed = true;
      body = body.substring(1);
    }
    int radix = 10;
    String lower = body.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      body = body.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      body = body.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      body = body.substring(2);
    } else if (body.length() > 1 && body.startsWith("0")) {
      radix = 8;
      body = body.substring(1);
    }
    if (!digits(body, radix)) {
      return false;
    }
    BigInteger value = new BigInteger(body, radix);
    BigInteger limit = signed ? BigInteger.ONE.shiftLeft(63) : BigInteger.ONE.shiftLeft(64);
    return value.compareTo(limit) < 0 || (signed && s.startsWith("-") && value.equals(limit));
  }

  private static boolean digits(String s, int radix) {
    return !s.isEmpty() && s.chars().allMatch(c -> Character.digit(c, radix) >= 0);
  }

  /** Go's {@code strconv.ParseFloat(s, 64)} for decimal text: parses and stays finite. */
  private static boolean parseFloat(String s) {
    try {
      BigDecimal value = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
      return Double.isFinite(value.doubleValue());
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** {@code parseTimestamp}: four digits and '-', then one of Go's formats, with a real date. */
  private static boolean timestamp(String s) {
    Matcher date = GO_DATE.matcher(s);
    if (!(date.matches() || GO_TIME.matcher(s).matches())) {
      return false;
    }
    date = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})").matcher(s);
    if (!date.lookingAt()) {
      return false;
    }
    try {
      LocalDate.of(
          Integer.parseInt(date.group(1)),
          Integer.parseInt(date.group(2)),
          Integer.parseInt(date.group(3)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
