package dev.slipway.processor.rules;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Rule ids no rule checks any more. */
public final class Retired {

  private Retired() {}

  /**
   * Ids no rule checks any more, with what took their place; never given to another rule. Listed in
   * {@code docs/rules.md}, and named in the message of a waiver that still uses one.
   */
  public static final SortedMap<String, String> IDS =
      Collections.unmodifiableSortedMap(
          new TreeMap<>(
              Map.of(
                  "SLW-ENVS-004",
                  "SLW-RES-003 and SLW-RES-004, which run on each environment's resources",
                  "SLW-ENVS-005",
                  "SLW-RES-001 and SLW-RES-002, which run on each environment's resources",
                  "SLW-ENVS-006",
                  "SLW-RES-010, which runs on each environment's memory limit",
                  "SLW-ENVS-010",
                  "the SLW-ENV rules, which run on each environment's variables",
                  "SLW-OPT-004",
                  "SLW-OPT-013: -Aslipway.profile is retired")));
}
