package io.github.fsonboard.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension: starts one {@link Wso2Emulator} per test class, injects it into test
 * parameters and instance fields of type {@code Wso2Emulator}, and closes it after the class.
 *
 * <p>Default emulator: annotate the class with {@link WithWso2Emulator} (or
 * {@code @ExtendWith(Wso2EmulatorExtension.class)}). Custom emulator: register it on a static
 * field.
 *
 * <pre>{@code
 * class OnboardingTest {
 *   @RegisterExtension
 *   static Wso2EmulatorExtension wso2 = Wso2EmulatorExtension.with(
 *       Wso2Emulator.builder().applicationApproval(true));
 *
 *   @Test
 *   void onboards(Wso2Emulator emulator) {
 *     // emulator.apimBaseUrl(), emulator.sslContext(), emulator.state() ...
 *   }
 * }
 * }</pre>
 */
public final class Wso2EmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestInstancePostProcessor {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Wso2EmulatorExtension.class);
  private static final String KEY = "emulator";

  private final Supplier<Wso2Emulator> factory;
  private volatile Wso2Emulator current;

  /** Creates the extension with a default emulator (used by {@link WithWso2Emulator}). */
  public Wso2EmulatorExtension() {
    this(() -> Wso2Emulator.builder().build());
  }

  private Wso2EmulatorExtension(Supplier<Wso2Emulator> factory) {
    this.factory = factory;
  }

  /**
   * Creates the extension with a configured emulator.
   *
   * @param builder the emulator configuration
   * @return the extension
   */
  public static Wso2EmulatorExtension with(Wso2Emulator.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return new Wso2EmulatorExtension(builder::build);
  }

  /**
   * The emulator of the running test class (for extensions registered on a static field).
   *
   * @return the emulator
   * @throws IllegalStateException outside a test class run
   */
  public Wso2Emulator emulator() {
    Wso2Emulator e = current;
    if (e == null) {
      throw new IllegalStateException("No emulator running");
    }
    return e;
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private synchronized Wso2Emulator emulatorFor(ExtensionContext context) {
    ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
    Wso2Emulator emulator = store.get(KEY, Wso2Emulator.class);
    if (emulator == null) {
      emulator = factory.get().start();
      store.put(KEY, emulator);
      current = emulator;
    }
    return emulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulatorFor(context);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    Wso2Emulator emulator =
        classContext(context).getStore(NAMESPACE).remove(KEY, Wso2Emulator.class);
    if (emulator != null) {
      emulator.close();
      if (current == emulator) {
        current = null;
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Wso2Emulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulatorFor(context);
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context)
      throws IllegalAccessException {
    Wso2Emulator emulator = emulatorFor(context);
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == Wso2Emulator.class && !Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          if (field.get(instance) == null) {
            field.set(instance, emulator);
          }
        }
      }
    }
  }
}
