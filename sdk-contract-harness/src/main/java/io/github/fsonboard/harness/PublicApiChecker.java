package io.github.fsonboard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks that a package tree's public API never mentions HTTP-library or internal types.
 *
 * <p>For every public type outside {@code .internal.} packages (nested types only when every
 * enclosing type is public), every public or protected method, constructor and field, every record
 * component, the superclass and the interfaces — including generic type arguments, bounds, and
 * declared exceptions — must not name a type from {@code okhttp3.*}, {@code retrofit2.*}, {@code
 * com.squareup.moshi.*}, {@code okio.*} or any {@code .internal.} package.
 *
 * <pre>{@code
 * @Test
 * void publicApiIsClean() {
 *   PublicApiChecker.assertCleanPublicApi("io.github.fsonboard.is", getClass().getClassLoader());
 * }
 * }</pre>
 */
public final class PublicApiChecker {

  /** Package prefixes that must never appear in public signatures. */
  public static final List<String> FORBIDDEN_PREFIXES =
      List.of("okhttp3.", "retrofit2.", "com.squareup.moshi.", "okio.");

  private PublicApiChecker() {}

  /**
   * Fails when any public signature in the package tree mentions a forbidden type.
   *
   * @param basePackage e.g. {@code io.github.fsonboard.apim}
   * @param loader the class loader whose class path holds the package (its directories or jars)
   * @throws AssertionError listing every violation, or when no class was found
   */
  public static void assertCleanPublicApi(String basePackage, ClassLoader loader) {
    check(basePackage, classNames(basePackage, loader), loader);
  }

  /**
   * Like {@link #assertCleanPublicApi(String, ClassLoader)} but scans only one class folder, so
   * test classes in the same package are ignored.
   *
   * @param basePackage e.g. {@code io.github.fsonboard.apim}
   * @param classesDir a class folder, e.g. {@code Path.of("target/classes")}
   * @param loader a class loader that can load those classes
   * @throws AssertionError listing every violation, or when no class was found
   */
  public static void assertCleanPublicApi(String basePackage, Path classesDir, ClassLoader loader) {
    Path dir = classesDir.resolve(basePackage.replace('.', '/'));
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(dir)) {
      addClasses(names, dir, basePackage.replace('.', '/'));
    }
    check(basePackage, new ArrayList<>(names), loader);
  }

  /**
   * Checks the calling module's main classes ({@code target/classes}, relative to the working
   * directory as under Maven) with the thread's context class loader.
   *
   * @param basePackage e.g. {@code io.github.fsonboard.is}
   * @throws AssertionError listing every violation, or when no class was found
   */
  public static void assertCleanMainApi(String basePackage) {
    assertCleanPublicApi(
        basePackage, Path.of("target", "classes"), Thread.currentThread().getContextClassLoader());
  }

  private static void check(String basePackage, List<String> classes, ClassLoader loader) {
    if (classes.isEmpty()) {
      throw new AssertionError("No classes found under package " + basePackage);
    }
    List<String> violations = new ArrayList<>();
    for (String name : classes) {
      try {
        violations.addAll(violations(Class.forName(name, false, loader)));
      } catch (ClassNotFoundException | LinkageError e) {
        violations.add(name + ": cannot be loaded (" + e + ")");
      }
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Public API of "
              + basePackage
              + " leaks internal or HTTP-library types:\n  "
              + String.join("\n  ", violations));
    }
  }

  /**
   * Lists the violations of one type (empty when it is not part of the public API).
   *
   * @param type the type
   * @return one line per violation, e.g. {@code Foo#bar(): okhttp3.Request}
   */
  public static List<String> violations(Class<?> type) {
    if (!isPublicApi(type)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String owner = type.getName();
    check(out, owner + " superclass", type.getGenericSuperclass());
    for (Type i : type.getGenericInterfaces()) {
      check(out, owner + " implements", i);
    }
    for (TypeVariable<?> v : type.getTypeParameters()) {
      check(out, owner + " type parameter " + v.getName(), v);
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        check(out, owner + " record component " + c.getName(), c.getGenericType());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (exposed(f.getModifiers()) && !f.isSynthetic()) {
        check(out, owner + "." + f.getName(), f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (exposed(c.getModifiers()) && !c.isSynthetic()) {
        checkExecutable(out, owner + "#<init>", c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        check(out, owner + "#" + m.getName() + " returns", m.getGenericReturnType());
        checkExecutable(out, owner + "#" + m.getName(), m);
      }
    }
    return out;
  }

  private static void checkExecutable(List<String> out, String where, Executable e) {
    for (Type p : e.getGenericParameterTypes()) {
      check(out, where + " parameter", p);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(out, where + " throws", x);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      check(out, where + " type parameter " + v.getName(), v);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    if (isInternal(type.getName()) || type.isSynthetic() || type.isAnonymousClass()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isLocalClass() || c.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /**
   * Tells whether a class name is forbidden in public signatures.
   *
   * @param className a binary class name
   * @return true for HTTP-library types and types in {@code .internal.} packages
   */
  public static boolean isForbidden(String className) {
    return isInternal(className) || FORBIDDEN_PREFIXES.stream().anyMatch(className::startsWith);
  }

  private static boolean isInternal(String className) {
    int lastDot = className.lastIndexOf('.');
    String pkg = lastDot < 0 ? "" : className.substring(0, lastDot);
    return (pkg + ".").contains(".internal.");
  }

  private static void check(List<String> out, String where, Type type) {
    Set<String> found = new TreeSet<>();
    collect(type, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    for (String name : found) {
      out.add(where + ": " + name);
    }
  }

  private static void collect(Type type, Set<String> found, Set<Object> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (isForbidden(c.getName())) {
        found.add(c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), found, seen);
      collect(p.getOwnerType(), found, seen);
      for (Type arg : p.getActualTypeArguments()) {
        collect(arg, found, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, found, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, found, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, found, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), found, seen);
    }
  }

  /** Finds class names under the package in every class-path directory or jar holding it. */
  static List<String> classNames(String basePackage, ClassLoader loader) {
    String resource = basePackage.replace('.', '/');
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(resource);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if ("file".equals(url.getProtocol())) {
          addClasses(names, Path.of(url.toURI()), resource);
        } else if ("jar".equals(url.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              String entry = e.nextElement().getName();
              if (entry.startsWith(resource + "/")) {
                addClass(names, entry);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(names);
  }

  private static void addClasses(Set<String> names, Path dir, String resource) {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .forEach(rel -> addClass(names, resource + "/" + rel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addClass(Set<String> names, String path) {
    if (path.endsWith(".class")
        && !path.endsWith("module-info.class")
        && !path.endsWith("package-info.class")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }
}
