package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.AppConfig;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-SPR-007: the application's configuration files that exist can be read. */
public final class UnreadableConfig extends ServiceRule {

  public UnreadableConfig() {
    super(
        "SLW-SPR-007",
        Severity.WARNING,
        Guard.READINESS,
        "The application's configuration files can be read",
        "A file Slipway cannot parse is not checked against the annotations (and Spring Boot"
            + " itself may fail to start on it).",
        "Fix the file; the message names it and the parser's complaint.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (!compilation.platform().springBoot()) {
      return Stream.empty();
    }
    List<Finding> findings = new ArrayList<>();
    for (AppConfig.Problem problem : compilation.platform().config().problems()) {
      findings.add(
          finding(
              service.origin(),
              problem.file()
                  + " could not be read ("
                  + problem.message()
                  + "), so its settings are not checked against the annotations of "
                  + service.serviceName()
                  + "; fix the file"));
    }
    return findings.stream();
  }
}
