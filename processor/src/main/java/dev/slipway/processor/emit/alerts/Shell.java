package dev.slipway.processor.emit.alerts;

import java.util.regex.Pattern;

/**
 * Runbook commands as POSIX shell text: fixed words written by Slipway, and values (namespaces,
 * names, paths) that go in as exactly one word each, whatever they contain, so a command pasted by
 * an on-call engineer does what its text says and nothing more.
 *
 * <p>Placeholders such as {@code <pod>} are fixed text for a human to replace; left in, they are a
 * shell syntax error, so an unedited command runs nothing.
 */
final class Shell {

  /** Words the shell takes literally (Python's {@code shlex.quote} set); they stay bare. */
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

  private static final String SLOT = "%s";

  private Shell() {}

  /** {@code value} as one shell word: bare when that is literal, else in single quotes. */
  static String quote(String value) {
    if (LITERAL.matcher(value).matches()) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /**
   * The command {@code template} with each {@code %s} replaced by the next value, {@linkplain
   * #quote quoted}: {@code command("kubectl -n %s get pods", namespace)}.
   */
  static String command(String template, String... values) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (String value : values) {
      int slot = template.indexOf(SLOT, from);
      if (slot < 0) {
        throw new IllegalArgumentException("more values than slots in " + template);
      }
      out.append(template, from, slot).append(quote(value));
      from = slot + SLOT.length();
    }
    if (template.indexOf(SLOT, from) >= 0) {
      throw new IllegalArgumentException("more slots than values in " + template);
    }
    return out.append(template, from, template.length()).toString();
  }
}
