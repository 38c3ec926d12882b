package dev.slipway.processor;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Whether a compile can see a top-level class: the framework markers, the runtime's descriptor
 * interface and the Spring Boot starter, asked once per compile.
 *
 * <p>javac's own answer, {@code Elements.getTypeElement}, is cheap for a class that is there. For
 * one that is not, javac resolves every package of the name in every class path entry and in the
 * platform's classes: about 25 ms for the three framework markers that a compile without a
 * framework misses, in a 10-class module (measured with {@code bench/profile.sh}'s timer). When
 * every source of the compile is in the unnamed module and no module beyond the platform's is in
 * the module graph (a Maven or Gradle build without {@code module-info.java}), a class is visible
 * exactly when it is compiled here, or its class file is on the class path, or its source is on the
 * source path; the Filer answers the last two with a look into each entry. Any other compile asks
 * javac.
 */
final class ClassLookup {

  private final ProcessingEnvironment env;
  private final boolean classPathOnly;
  private final Set<String> compiledHere = new HashSet<>();

  /**
   * @param rootElements the classes compiled here: the first round's, where Slipway runs first
   *     whenever the compile's own sources carry its annotations
   */
  ClassLookup(ProcessingEnvironment env, Set<? extends Element> rootElements) {
    this.env = env;
    Elements elements = env.getElementUtils();
    boolean unnamedOnly = true;
    for (Element root : rootElements) {
      ModuleElement module = elements.getModuleOf(root);
      if (module != null && !module.isUnnamed()) {
        unnamedOnly = false;
      }
      if (root instanceof TypeElement type) {
        compiledHere.add(type.getQualifiedName().toString());
      }
    }
    this.classPathOnly = unnamedOnly && onlyPlatformModules(elements);
  }

  /** Whether the compile sees the top-level class {@code className}. */
  boolean sees(String className) {
    if (!classPathOnly) {
      return env.getElementUtils().getTypeElement(className) != null;
    }
    return compiledHere.contains(className)
        || exists(StandardLocation.CLASS_PATH, className, ".class")
        || exists(StandardLocation.SOURCE_PATH, className, ".java");
  }

  /** No module on the module path was added to the graph (javac's {@code --add-modules}). */
  private static boolean onlyPlatformModules(Elements elements) {
    for (ModuleElement module : elements.getAllModuleElements()) {
      String name = module.getQualifiedName().toString();
      if (!module.isUnnamed() && !name.startsWith("java.") && !name.startsWith("jdk.")) {
        return false;
      }
    }
    return true;
  }

  private boolean exists(StandardLocation location, String className, String extension) {
    int dot = className.lastIndexOf('.');
    String packageName = dot < 0 ? "" : className.substring(0, dot);
    try (InputStream in =
        env.getFiler()
            .getResource(location, packageName, className.substring(dot + 1) + extension)
            .openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false; // not there, or a location this compile does not have
    }
  }
}
