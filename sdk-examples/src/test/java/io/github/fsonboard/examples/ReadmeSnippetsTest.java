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
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the root and module READMEs compiles against the SDK: each becomes the body
 * of a method whose parameters are the snippet's {@code // Given:} values, with the imports below
 * (the ones the README links to) plus the README's own. A snippet's {@code import} lines join the
 * imports; a snippet that declares a class is compiled as a whole file.
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

  /** Each README with java blocks, the imports it adds to {@link #IMPORTS}. */
  static final Map<String, List<String>> READMES =
      Map.of(
          "README.md", List.of(),
          "sdk-apim/README.md", List.of("io.github.fsonboard.apim.devportal.*"),
          "sdk-is/README.md",
              List.of(
                  "io.github.fsonboard.is.dcr.*",
                  "io.github.fsonboard.is.introspection.*",
                  "io.github.fsonboard.is.revocation.*"),
          "sdk-testkit/README.md",
              List.of(
                  "io.github.fsonboard.testkit.*",
                  "java.util.Map",
                  "java.util.concurrent.CopyOnWriteArrayList"));

  static Stream<Arguments> readmes() {
    return READMES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmes")
  void everyJavaSnippetOfTheReadmeCompiles(String readme, List<String> imports, @TempDir Path out)
      throws IOException {
    List<String> snippets = javaSnippets(Path.of("..").resolve(readme));
    assertThat(snippets).as(readme).isNotEmpty();

    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      sources.add(source("Snippet" + (i + 1), snippets.get(i), imports));
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
      assertThat(compiled).as("%s snippets:\n%s", readme, errors).isTrue();
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

  /**
   * A class whose one method takes the snippet's given values and runs the snippet, or the snippet
   * itself when it declares a class.
   */
  private static JavaFileObject source(String className, String snippet, List<String> imports) {
    List<String> given = new ArrayList<>();
    List<String> allImports = new ArrayList<>(IMPORTS);
    allImports.addAll(imports);
    StringBuilder body = new StringBuilder();
    boolean declaresClass = false;
    for (String line : snippet.split("\n")) {
      if (line.startsWith("// Given:")) {
        for (String parameter : line.substring("// Given:".length()).split(",")) {
          given.add(parameter.replaceAll("\\(.*\\)", "").strip());
        }
      }
      if (line.startsWith("import ")) {
        allImports.add(line.substring("import ".length(), line.indexOf(';')));
      } else {
        declaresClass |= line.startsWith("class ");
        body.append(line).append('\n');
      }
    }
    StringBuilder code = new StringBuilder("package snippets;\n");
    allImports.forEach(i -> code.append("import ").append(i).append(";\n"));
    if (declaresClass) {
      code.append(body);
    } else {
      code.append("class ")
          .append(className)
          .append(" {\n  void run(")
          .append(String.join(", ", given))
          .append(") throws Exception {\n")
          .append(body)
          .append("  }\n}\n");
    }
    return new SimpleJavaFileObject(
        URI.create("string:///snippets/" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
