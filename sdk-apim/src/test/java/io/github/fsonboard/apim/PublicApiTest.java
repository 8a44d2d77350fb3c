package io.github.fsonboard.apim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature outside {@code .internal} mentions OkHttp, Retrofit, Moshi, Okio or an
 * internal type (a light stand-in until the shared PublicApiChecker is wired in).
 */
class PublicApiTest {
  private static final List<String> FORBIDDEN =
      List.of("okhttp3.", "retrofit2.", "com.squareup.moshi.", "okio.", ".internal.");

  @Test
  void publicSignaturesAreFreeOfHttpLibraryAndInternalTypes() throws Exception {
    Path root =
        Path.of(ApiManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : publicTypes(root)) {
      check(offenders, type.getName(), type.toGenericString());
      if (type.getGenericSuperclass() != null) {
        check(offenders, type.getName(), type.getGenericSuperclass().getTypeName());
      }
      for (var i : type.getGenericInterfaces()) {
        check(offenders, type.getName(), i.getTypeName());
      }
      for (var m : type.getDeclaredMethods()) {
        if (visible(m)) {
          check(offenders, type.getName(), m.toGenericString());
        }
      }
      for (var c : type.getDeclaredConstructors()) {
        if (visible(c)) {
          check(offenders, type.getName(), c.toGenericString());
        }
      }
      for (var f : type.getDeclaredFields()) {
        if (visible(f)) {
          check(offenders, type.getName(), f.toGenericString());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean visible(Member m) {
    return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
  }

  private static void check(List<String> offenders, String owner, String signature) {
    for (String f : FORBIDDEN) {
      if (signature.contains(f)) {
        offenders.add(owner + ": " + signature);
      }
    }
  }

  private static List<Class<?>> publicTypes(Path root)
      throws IOException, ClassNotFoundException, URISyntaxException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(p)
                .toString()
                .replace('/', '.')
                .replace('\\', '.')
                .replaceAll("\\.class$", "");
        if (name.contains(".internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        boolean visible = true;
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
          visible &= Modifier.isPublic(t.getModifiers());
        }
        if (visible) {
          out.add(c);
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
    return out;
  }
}
