package dev.slipway.processor;

import static com.google.testing.compile.Compiler.javac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Test fixture: compiles sources with the Slipway processor and exposes what it wrote. */
public final class SlipwayCompiler {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String ROOT =
      "/" + StandardLocation.CLASS_OUTPUT + "/" + SlipwayProcessor.OUTPUT_ROOT;

  private SlipwayCompiler() {}

  /** A source file {@code com.example.<simpleName>} with these annotations on the class. */
  public static JavaFileObject service(String simpleName, String annotations) {
    return JavaFileObjects.forSourceString(
        "com.example." + simpleName,
        "package com.example;\n\nimport dev.slipway.annotations.*;\n\n"
            + annotations
            + "\npublic final class "
            + simpleName
            + " {}\n");
  }

  public static Output compile(JavaFileObject... sources) {
    return compile(Map.of(), List.of(), sources);
  }

  public static Output compile(Map<String, String> options, JavaFileObject... sources) {
    return compile(options, List.of(), sources);
  }

  /** Compiles with {@code -A} options and extra processors that run before Slipway's. */
  public static Output compile(
      Map<String, String> options, List<Processor> before, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>(before);
    processors.add(new SlipwayProcessor());
    List<String> flags = new ArrayList<>();
    options.forEach((k, v) -> flags.add("-A" + k + "=" + v));
    Compilation compilation =
        javac().withProcessors(processors).withOptions(flags).compile(Arrays.asList(sources));
    SortedMap<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith(ROOT)) {
        try {
          files.put(path.substring(ROOT.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new Output(compilation, files);
  }

  /**
   * What a compile produced.
   *
   * @param files the files under {@code META-INF/slipway/} by relative path
   */
  public record Output(Compilation compilation, SortedMap<String, String> files) {

    public String file(String path) {
      String text = files.get(path);
      if (text == null) {
        throw new AssertionError("no file " + path + "; generated: " + files.keySet());
      }
      return text;
    }

    /** The one YAML document in {@code path}. */
    public JsonNode yaml(String path) {
      try {
        return YAML.readTree(file(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every document of the YAML stream in {@code path}. */
    public List<JsonNode> stream(String path) {
      return documents(file(path));
    }

    /** The {@code kind} of each object in the YAML stream in {@code streamPath}, in order. */
    public List<String> kinds(String streamPath) {
      return stream(streamPath).stream().map(object -> object.path("kind").asText()).toList();
    }

    /** The one object of {@code kind} in the YAML stream in {@code streamPath}. */
    public JsonNode object(String streamPath, String kind) {
      return SlipwayCompiler.object(streamPath, file(streamPath), kind);
    }

    /**
     * The one object of {@code kind} named {@code name} in the YAML stream in {@code streamPath}.
     */
    public JsonNode object(String streamPath, String kind, String name) {
      return only(
          streamPath,
          file(streamPath),
          kind + " " + name,
          object ->
              object.path("kind").asText().equals(kind)
                  && object.at("/metadata/name").asText().equals(name));
    }

    /**
     * The operations of the inline patch of {@code kind} in the overlay kustomization at {@code
     * kustomizationPath}; empty when the overlay does not patch that kind.
     */
    public Optional<JsonNode> patch(String kustomizationPath, String kind) {
      for (JsonNode entry : yaml(kustomizationPath).path("patches")) {
        if (entry.at("/target/kind").asText().equals(kind)) {
          try {
            return Optional.of(YAML.readTree(entry.get("patch").asText()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return Optional.empty();
    }

    /** Writes the files below {@code dir}, as they would be in the class output. */
    public Path writeTo(Path dir) {
      try {
        for (var entry : files.entrySet()) {
          Path target = dir.resolve(entry.getKey());
          Files.createDirectories(target.getParent());
          Files.writeString(target, entry.getValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return dir;
    }
  }

  /**
   * Compiles with the real javac to {@code classes} on disk, where a failed compile's leftovers
   * would show (Compile Testing hides the files of a failed compile).
   *
   * @return whether the compile succeeded
   */
  public static boolean compileTo(Path classes, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostic -> {}, List.of("-proc:only"), null, Arrays.asList(sources));
      task.setProcessors(List.of(new SlipwayProcessor()));
      return task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is the object written in {@code expectedYaml}, field order aside.
   */
  public static void assertObject(String expectedYaml, JsonNode actual) {
    JsonNode expected = documents(expectedYaml).get(0);
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "expected:\n" + expected.toPrettyString() + "\nbut was:\n" + actual.toPrettyString());
    }
  }

  /**
   * The one object of {@code kind} in {@code stream}, the YAML stream read from {@code streamPath};
   * fails, listing the objects there, when there is none or more than one.
   */
  public static JsonNode object(String streamPath, String stream, String kind) {
    return only(streamPath, stream, kind, object -> object.path("kind").asText().equals(kind));
  }

  private static JsonNode only(
      String streamPath, String stream, String wanted, Predicate<JsonNode> matches) {
    List<JsonNode> objects = documents(stream);
    List<JsonNode> found = objects.stream().filter(matches).toList();
    if (found.size() != 1) {
      List<String> present =
          objects.stream()
              .map(o -> o.path("kind").asText() + " " + o.at("/metadata/name").asText())
              .toList();
      throw new AssertionError(
          "expected one "
              + wanted
              + " in "
              + streamPath
              + ", found "
              + found.size()
              + "; it holds "
              + present);
    }
    return found.get(0);
  }

  /** The documents of a YAML stream, empty documents left out. */
  public static List<JsonNode> documents(String stream) {
    try {
      List<JsonNode> documents = new ArrayList<>();
      var parser = YAML.getFactory().createParser(stream);
      for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          documents.add(doc);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
