package io.github.fsonboard.is;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature of sdk-is names an HTTP-library or internal type. (The shared harness's
 * PublicApiChecker does the same more thoroughly once it is on this module's test class path.)
 */
class PublicApiTest {
  private static final List<String> FORBIDDEN =
      List.of("okhttp3.", "retrofit2.", "com.squareup.moshi.", "okio.", ".internal.");

  @Test
  void publicSignaturesMentionNoInternalOrHttpLibraryTypes() throws Exception {
    Path root =
        Path.of(IdentityServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> violations = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root.resolve("io/github/fsonboard/is"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, getClass().getClassLoader());
        if (!Modifier.isPublic(c.getModifiers())) {
          continue;
        }
        checked++;
        List<Type> types = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
            types.add(m.getGenericReturnType());
            types.addAll(List.of(m.getGenericParameterTypes()));
            types.addAll(List.of(m.getGenericExceptionTypes()));
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
            types.addAll(List.of(k.getGenericParameterTypes()));
          }
        }
        for (Field fld : c.getDeclaredFields()) {
          if (Modifier.isPublic(fld.getModifiers()) || Modifier.isProtected(fld.getModifiers())) {
            types.add(fld.getGenericType());
          }
        }
        if (c.isRecord()) {
          for (RecordComponent rc : c.getRecordComponents()) {
            types.add(rc.getGenericType());
          }
        }
        for (Type t : types) {
          String s = t.getTypeName();
          for (String bad : FORBIDDEN) {
            if (s.contains(bad)) {
              violations.add(name + " -> " + s);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(violations).isEmpty();
  }
}
