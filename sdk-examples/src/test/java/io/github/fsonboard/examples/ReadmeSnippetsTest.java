package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the root README compiles against the SDK: each becomes the body of a method
 * whose parameters are the snippet's {@code // Given:} values, with the imports below (the ones
 * README links to).
 */
class ReadmeSnippetsTest {

  /** The imports a README snippet may rely on. */
  static final List<String> IMPORTS =
      List.of(
          "io.github.fsonboard.apim.*",
          "io.github.fsonboard.apim.admin.*",
          "io.github.fsonboard.apim.devportal.KeyType",
          "io.github.fsonboard.apim.fsdcr.*",
          "io.github.fsonboard.apim.onboarding.*",
          "io.github.fsonboard.apim.selfsignup.SignUpRequest",
          "io.github.fsonboard.core.auth.*",
          "io.github.fsonboard.core.cert.*",
          "io.github.fsonboard.core.error.*",
          "io.github.fsonboard.core.http.*",
          "io.github.fsonboard.core.oauth.*",
          "io.github.fsonboard.core.pkce.*",
          "io.github.fsonboard.is.IdentityServer",
          "java.net.URI",
          "java.nio.file.Path",
          "java.security.cert.X509Certificate",
          "java.time.Duration",
          "java.util.List",
          "java.util.Set");

  @Test
  void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    List<String> snippets = javaSnippets(Path.of("..", "README.md"));
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);

    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      sources.add(source("Snippet" + (i + 1), snippets.get(i)));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      String classPath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of("-proc:none", "-classpath", classPath),
                  null,
                  sources)
              .call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors
              .append(d.getSource() == null ? "" : d.getSource().getName())
              .append(':')
              .append(d.getLineNumber())
              .append(' ')
              .append(d.getMessage(Locale.ROOT))
              .append('\n');
        }
      }
      assertThat(compiled).as("README snippets:\n%s", errors).isTrue();
    }
  }

  /** The README's java blocks. */
  static List<String> javaSnippets(Path readme) throws IOException {
    List<String> snippets = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(readme)) {
      if (current == null && line.strip().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.strip().equals("```")) {
        snippets.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return snippets;
  }

  /** A class whose one method takes the snippet's given values and runs the snippet. */
  private static JavaFileObject source(String className, String snippet) {
    List<String> given = new ArrayList<>();
    for (String line : snippet.split("\n")) {
      if (line.startsWith("// Given:")) {
        for (String parameter : line.substring("// Given:".length()).split(",")) {
          given.add(parameter.replaceAll("\\(.*\\)", "").strip());
        }
      }
    }
    StringBuilder code = new StringBuilder("package snippets;\n");
    IMPORTS.forEach(i -> code.append("import ").append(i).append(";\n"));
    code.append("class ")
        .append(className)
        .append(" {\n  void run(")
        .append(String.join(", ", given))
        .append(") throws Exception {\n")
        .append(snippet)
        .append("  }\n}\n");
    return new SimpleJavaFileObject(
        URI.create("string:///snippets/" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
