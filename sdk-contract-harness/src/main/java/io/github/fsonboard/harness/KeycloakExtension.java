package io.github.fsonboard.harness;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for interop tests: skips the class unless Keycloak is available, starts the
 * JVM-wide {@link KeycloakPeer#shared()} and injects it and a {@link KeycloakRealm} configured once
 * per test class.
 *
 * <pre>{@code
 * @ExtendWith(KeycloakExtension.class)
 * class TokenClientIT {
 *   @Test
 *   void clientCredentials(KeycloakRealm realm) { ... realm.tokenEndpoint() ... }
 * }
 * }</pre>
 */
public final class KeycloakExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeycloakExtension.class);

  /** Creates the extension (JUnit instantiates it). */
  public KeycloakExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    KeycloakPeer.assumeAvailable();
    KeycloakPeer.shared();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KeycloakPeer.class || type == KeycloakRealm.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == KeycloakPeer.class) {
      return KeycloakPeer.shared();
    }
    ExtensionContext classContext =
        context.getTestClass().isPresent() && context.getParent().isPresent()
            ? classContext(context)
            : context;
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "realm", key -> KeycloakPeer.shared().configureRealm(), KeycloakRealm.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
