package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.oauth.GrantType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local (no HTTP) checks of a TPP onboarding; every problem is reported, not just the first.
 */
final class TppChecks {
  private static final String NO_KEY_MANAGER = "-";

  private TppChecks() {}

  /**
   * Checks an onboarding without the server.
   *
   * @param o the onboarding
   * @param hasApiManager whether an API Manager was given
   * @return the problems, without duplicates
   */
  public static List<Violation> local(TppOnboarding o, boolean hasApiManager) {
    Set<Violation> v = new LinkedHashSet<>();
    if (!hasApiManager) {
      v.add(new Violation("apiManager", "is required"));
    }
    if (blank(o.username())) {
      v.add(new Violation("signIn.username", "is required (or give signUp)"));
    }
    if (o.password() == null || o.password().isEmpty()) {
      v.add(new Violation("signIn.password", "is required (or give signUp)"));
    }
    o.signUpRequest()
        .filter(s -> o.username() != null && !o.username().equals(s.username()))
        .ifPresent(
            s ->
                v.add(
                    new Violation(
                        "signIn.username", "must be the signed-up user " + s.username())));
    checkApplication(o, v);
    checkSubscriptions(o.subscriptions(), v);
    for (KeyType t : o.duplicateKeyTypes()) {
      v.add(new Violation("keys", t + " is given more than once"));
    }
    for (Map.Entry<KeyType, KeySpec> e : o.keys().entrySet()) {
      checkKeys(e.getValue(), o.keyManager(), v);
    }
    return List.copyOf(v);
  }

  private static void checkApplication(TppOnboarding o, Set<Violation> v) {
    boolean needed = !o.subscriptions().isEmpty() || !o.keys().isEmpty();
    if (o.applicationName() == null) {
      if (needed) {
        v.add(new Violation("application.name", "is required to subscribe or generate keys"));
      }
      return;
    }
    if (o.applicationName().isBlank()) {
      v.add(new Violation("application.name", "must not be blank"));
      return;
    }
    try {
      o.application();
    } catch (ValidationException e) {
      e.violations().forEach(x -> v.add(new Violation("application." + x.field(), x.message())));
    }
  }

  private static void checkSubscriptions(List<SubscriptionSpec> subs, Set<Violation> v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < subs.size(); i++) {
      SubscriptionSpec s = subs.get(i);
      String f = "subscriptions[" + i + "]";
      if (blank(s.apiName())) {
        v.add(new Violation(f + ".apiName", "is required"));
      }
      if (blank(s.apiVersion())) {
        v.add(new Violation(f + ".apiVersion", "is required"));
      }
      if (blank(s.throttlingPolicy())) {
        v.add(new Violation(f + ".throttlingPolicy", "is required"));
      }
      if (!seen.add(s.apiName() + "\u0000" + s.apiVersion())) {
        v.add(new Violation(f, s.label() + " is given more than once"));
      }
    }
  }

  private static void checkKeys(KeySpec spec, String defaultKeyManager, Set<Violation> v) {
    String f = "keys[" + spec.keyType() + "]";
    String km = spec.keyManager() != null ? spec.keyManager() : defaultKeyManager;
    if (blank(km)) {
      v.add(
          new Violation(
              f + ".keyManager",
              "is required: set keyManager(name); none would select the Resident Key Manager"));
    }
    try {
      spec.toRequest(blank(km) ? NO_KEY_MANAGER : km);
    } catch (ValidationException e) {
      e.violations().forEach(x -> v.add(new Violation(f + "." + x.field(), x.message())));
    }
    if (spec.grantTypes().contains(GrantType.AUTHORIZATION_CODE)
        && !blank(spec.callbackUrl())
        && !isHttps(spec.callbackUrl())) {
      v.add(
          new Violation(
              f + ".callbackUrl", "must be an absolute https URL with authorization_code"));
    }
    List<String> unknown = new ArrayList<>(spec.grantTypes());
    unknown.removeIf(g -> !blank(g));
    if (!unknown.isEmpty()) {
      v.add(new Violation(f + ".grantTypes", "must not contain blank grant types"));
    }
  }

  private static boolean isHttps(String url) {
    try {
      URI u = new URI(url);
      return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
