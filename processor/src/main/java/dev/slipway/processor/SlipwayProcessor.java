package dev.slipway.processor;

import com.google.auto.service.AutoService;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.GeneratedSource;
import dev.slipway.processor.model.AppConfig;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.Platform;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Planner;
import dev.slipway.processor.read.ConfigFiles;
import dev.slipway.processor.read.FrameworkDefaults;
import dev.slipway.processor.read.ModelReader;
import dev.slipway.processor.read.UnreadableAnnotationException;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rulebook;
import dev.slipway.processor.rules.Severity;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The thin shell around Slipway's functional core, and the only class that talks to javac's {@code
 * Messager} and {@code Filer}.
 *
 * <p>Each round, newly annotated classes are read into the model and validated against everything
 * seen so far. In the last round, if the whole compile is free of errors, the services are resolved
 * into a plan, every emitter runs on it in memory, and only then are the files written, so a failed
 * compile writes nothing.
 */
@AutoService(Processor.class)
public final class SlipwayProcessor extends AbstractProcessor {

  /** The binding output root in the class output. */
  public static final String OUTPUT_ROOT = "META-INF/slipway/";

  /** The runtime's interface: when the compile sees it, services get a runtime descriptor. */
  private static final String RUNTIME_DESCRIPTOR = "dev.slipway.runtime.ServiceDescriptor";

  private static final String GENERATED = "javax.annotation.processing.Generated";

  /** The Spring Boot starter's auto-configuration, which reads the descriptor too. */
  private static final String SPRING_STARTER = "dev.slipway.spring.SlipwayAutoConfiguration";

  private final List<ServiceModel> services = new ArrayList<>();
  private final Set<String> seenClasses = new HashSet<>();
  private Options options = Options.DEFAULTS;
  private boolean optionsChecked;
  private boolean optionsFailed;
  private Platform platform;

  /**
   * Whether the compile can see the runtime's descriptor interface, which the descriptor classes
   * implement: with {@code slipway-runtime}, or with the Spring Boot starter, which brings it.
   */
  private boolean runtimeOnClassPath;

  private boolean failed;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = Options.parse(processingEnv.getOptions());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated too: the runtime descriptor classes carry it, and -Xlint:processing would warn
    // in the round that compiles them that no processor claimed it
    Set<String> types = new HashSet<>(ModelReader.COMPANIONS);
    types.add(ModelReader.SERVICE);
    types.add(GENERATED);
    return Set.copyOf(types);
  }

  /**
   * The options Slipway knows, and any other {@code slipway.*} option the compile was given: javac
   * would warn that no processor recognized a misspelt one, and SLW-OPT-001 says which option was
   * meant instead (javac asks only after {@link #init}, and takes exact names only).
   */
  @Override
  public Set<String> getSupportedOptions() {
    if (!isInitialized()) {
      return Options.SUPPORTED;
    }
    Set<String> supported = new HashSet<>(Options.SUPPORTED);
    supported.addAll(options.written().keySet());
    return Set.copyOf(supported);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    guarded(null, () -> processRound(annotations, round));
    return true; // the Slipway annotations are ours alone: claim them, so -Xlint:processing stays
    // quiet
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!optionsChecked) {
      optionsChecked = true;
      guarded(null, () -> reportAll(Rulebook.check(options)));
      optionsFailed = failed;
    }
    if (optionsFailed) {
      return; // the options are wrong: every service would be checked and planned against them
    }
    if (platform == null) {
      ClassLookup classes = new ClassLookup(processingEnv, round.getRootElements());
      platform = detectPlatform(classes);
      runtimeOnClassPath = classes.sees(RUNTIME_DESCRIPTOR);
    }
    if (round.processingOver()) {
      if (!failed && !round.errorRaised() && !services.isEmpty()) {
        writeAll();
      }
      return;
    }
    if (annotations.isEmpty()) {
      return;
    }
    // one scan of the round's classes for all of Slipway's annotations: each scan visits every
    // member of every class, which in a module of a thousand classes is what costs
    Set<? extends Element> annotated =
        round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]));
    reportCompanionsWithoutService(annotated);
    List<ServiceModel> fresh = readNewServices(annotated);
    if (!fresh.isEmpty()) {
      Compilation compilation = new Compilation(services, options, platform);
      for (ServiceModel service : fresh) {
        guarded(service.origin().element(), () -> reportAll(Rulebook.check(service, compilation)));
      }
      if (!failed && runtimeOnClassPath) {
        writeDescriptors(fresh);
      }
    }
  }

  /**
   * The framework on the class path, once per compile, and for Spring Boot the application's
   * configuration files as the compile sees them (see {@link #readConfigFile}).
   */
  private Platform detectPlatform(ClassLookup classes) {
    Framework framework = Framework.detect(classes::sees);
    if (framework != Framework.SPRING_BOOT) {
      return new Platform(framework, false, AppConfig.NONE);
    }
    AppConfig config = ConfigFiles.read(options.environments(), this::readConfigFile);
    if (!config.found()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.NOTE,
              "Slipway: Spring Boot is on the class path, but no application.properties or"
                  + " application.yaml is in the class output or on the class path; the annotations"
                  + " are checked against Spring Boot's defaults");
    }
    return new Platform(framework, classes.sees(SPRING_STARTER), config);
  }

  /**
   * A resource of the application as the compile sees it: in the class output (where Maven's
   * process-resources has copied {@code src/main/resources} before the compile), else on the class
   * path; empty when neither has it. A file that exists but cannot be read is an exception.
   */
  private Optional<String> readConfigFile(String name) {
    for (StandardLocation location :
        List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      try {
        FileObject file = processingEnv.getFiler().getResource(location, "", name);
        return Optional.of(file.getCharContent(true).toString());
      } catch (FileNotFoundException
          | NoSuchFileException
          | IllegalArgumentException
          | IllegalStateException e) {
        // not in this location (or a compiler that cannot look there): try the next
      } catch (IOException e) {
        if (e.getCause() instanceof FileNotFoundException
            || e.getCause() instanceof NoSuchFileException) {
          continue;
        }
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }
    return Optional.empty();
  }

  private List<ServiceModel> readNewServices(Set<? extends Element> annotated) {
    List<ServiceModel> fresh = new ArrayList<>();
    ModelReader reader = new ModelReader(processingEnv.getElementUtils());
    for (Element element : annotated) {
      if (!(element instanceof TypeElement type)
          || ModelReader.mirror(type, ModelReader.SERVICE).isEmpty()
          || !seenClasses.add(type.getQualifiedName().toString())) {
        continue;
      }
      guarded(
          type,
          () -> {
            try {
              ServiceModel service = FrameworkDefaults.apply(reader.read(type), platform);
              services.add(service);
              fresh.add(service);
            } catch (UnreadableAnnotationException e) {
              failed = true; // javac reports the unattributable value itself
            }
          });
    }
    return fresh;
  }

  /**
   * Companion annotations on classes without {@code @Service}, which would be ignored otherwise.
   */
  private void reportCompanionsWithoutService(Set<? extends Element> annotated) {
    Map<TypeElement, List<Located<String>>> strays = new LinkedHashMap<>();
    for (Element element : annotated) {
      if (!(element instanceof TypeElement type)
          || ModelReader.mirror(type, ModelReader.SERVICE).isPresent()) {
        continue;
      }
      for (String companion : ModelReader.COMPANIONS) {
        String simpleName = companion.substring(ModelReader.PACKAGE.length()).replace(".List", "");
        Optional<AnnotationMirror> mirror = ModelReader.mirror(type, companion);
        if (mirror.isPresent()) {
          strays
              .computeIfAbsent(type, t -> new ArrayList<>())
              .add(new Located<>(simpleName, new Origin(type, mirror.get(), null), true));
        }
      }
    }
    for (Map.Entry<TypeElement, List<Located<String>>> stray : strays.entrySet()) {
      TypeElement type = stray.getKey();
      guarded(
          type,
          () ->
              reportAll(
                  Rulebook.COMPANION_WITHOUT_SERVICE
                      .check(type.getQualifiedName().toString(), stray.getValue())
                      .toList()));
    }
  }

  /**
   * The runtime descriptor classes of services that passed the rulebook, written in the round that
   * read them: sources written in the last round would not be compiled without a warning. Each has
   * its service class as originating element, so an incremental build regenerates it with the
   * class.
   */
  private void writeDescriptors(List<ServiceModel> fresh) {
    List<GeneratedSource> sources = new ArrayList<>();
    guarded(
        fresh.get(0).origin().element(),
        () ->
            sources.addAll(
                Emitters.descriptorSources(
                    Planner.plan(fresh, options, platform.framework(), true))));
    for (GeneratedSource source : sources) {
      Element origin = null;
      for (ServiceModel service : fresh) {
        if (service.className().equals(source.originatingClass())) {
          origin = service.origin().element();
          break;
        }
      }
      try (Writer out =
          processingEnv.getFiler().createSourceFile(source.qualifiedName(), origin).openWriter()) {
        out.write(source.content());
      } catch (IOException e) {
        error(
            new Origin(origin, null, null),
            "[SLW-IO] could not write " + source.qualifiedName() + ": " + e.getMessage());
      }
    }
  }

  /**
   * Plans and emits everything in memory, then writes it. If a write fails halfway, the files
   * already written are deleted again, so that a compile that reports an error leaves no artifact.
   */
  private void writeAll() {
    List<GeneratedFile> files = new ArrayList<>();
    guarded(
        services.get(0).origin().element(),
        () ->
            files.addAll(
                Emitters.emitAll(
                    Planner.plan(services, options, platform.framework(), runtimeOnClassPath))));
    if (failed) {
      return;
    }
    List<FileObject> written = new ArrayList<>();
    for (GeneratedFile file : files) {
      String path = OUTPUT_ROOT + file.path();
      try {
        FileObject resource =
            processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
        written.add(resource);
        try (OutputStream out = resource.openOutputStream()) {
          out.write(file.content());
        }
      } catch (IOException | RuntimeException e) {
        int removed = 0;
        for (FileObject done : written) {
          removed += delete(done) ? 1 : 0;
        }
        error(
            Origin.NONE,
            "[SLW-IO] could not write "
                + path
                + ": "
                + e.getMessage()
                + "; removed the "
                + removed
                + " files already written");
        return;
      }
    }
  }

  /**
   * Deletes a file this compile wrote. javac's Filer objects refuse {@code delete()}, so a file in
   * the file system is deleted through its URI; best effort, the error is reported either way.
   */
  private static boolean delete(FileObject file) {
    try {
      if (file.delete()) {
        return true;
      }
      URI uri = file.toUri();
      return "file".equals(uri.getScheme()) && Files.deleteIfExists(Path.of(uri));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void reportAll(List<Finding> findings) {
    for (Finding finding : findings) {
      report(finding);
    }
  }

  private void report(Finding finding) {
    boolean fails = finding.severity() == Severity.ERROR || options.strict();
    Diagnostic.Kind kind = fails ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    print(kind, finding.origin(), finding.message());
    failed |= fails;
  }

  /**
   * Runs {@code work}; any exception becomes a compile error on {@code element} (or without a
   * place, when null), never a crash.
   */
  private void guarded(Element element, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      Origin where = new Origin(element, null, null);
      if (e instanceof NoClassDefFoundError missing
          && missing.getMessage() != null
          && !missing.getMessage().startsWith("Could not initialize")) {
        error(
            where,
            "[SLW-SETUP] Slipway cannot run: the class "
                + missing.getMessage().replace('/', '.')
                + " is missing from the annotation processor path. Put the slipway-processor jar"
                + " on the processor path as it is published (it contains everything it needs),"
                + " e.g. with Maven's annotationProcessorPaths, not its classes alone. No artifacts"
                + " were written.");
        return;
      }
      StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      error(
          where,
          "[SLW-INTERNAL] Slipway failed "
              + (element == null ? "" : "on this class ")
              + "with "
              + e
              + (top == null ? "" : " at " + top)
              + "; this is a bug in Slipway, please report it with this message. No artifacts were written.");
    }
  }

  private void error(Origin where, String message) {
    print(Diagnostic.Kind.ERROR, where, message);
    failed = true;
  }

  private void print(Diagnostic.Kind kind, Origin where, String message) {
    if (where.element() == null) {
      processingEnv.getMessager().printMessage(kind, message);
    } else if (where.mirror() == null) {
      processingEnv.getMessager().printMessage(kind, message, where.element());
    } else if (where.value() == null) {
      processingEnv.getMessager().printMessage(kind, message, where.element(), where.mirror());
    } else {
      processingEnv
          .getMessager()
          .printMessage(kind, message, where.element(), where.mirror(), placeable(where));
    }
  }

  /**
   * The value to point at. ecj only places values it handed out as annotation members; for an array
   * element it falls back to the whole annotation, so under ecj a diagnostic about an array element
   * points at the array attribute that contains it (javac places the element itself).
   */
  private AnnotationValue placeable(Origin where) {
    if (!processingEnv.getClass().getName().startsWith("org.eclipse.jdt")) {
      return where.value();
    }
    for (AnnotationValue member : where.mirror().getElementValues().values()) {
      if (member.getValue() instanceof List<?> items) {
        for (Object item : items) {
          if (item.equals(where.value())) {
            return member;
          }
        }
      }
    }
    return where.value();
  }
}
