package io.github.fsonboard.is.selfregistration;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.is.internal.Bodies;
import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.internal.mgmt.ManagementService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Self sign-up ({@code POST /api/identity/user/v1.0/me}). Errors come as {@code {code, message,
 * description, traceId}}, e.g. a {@link io.github.fsonboard.core.error.ConflictException} (code
 * {@code 20030}) for an existing user, a {@link io.github.fsonboard.core.error.BadRequestException}
 * (code {@code 20021}) when self sign-up is disabled.
 *
 * <p>Checked against IS 7.0 and 7.1 (identity-governance 1.11.48): the 201 is empty by default,
 * {@code {code: "USR-02007", …}} when the server enables the detailed response body, and the
 * recovery id as plain text when an external notification channel is configured; {@link
 * SelfRegistrationResult} covers all three.
 *
 * <pre>{@code
 * SelfRegistrationResult r = is.selfRegistration().register(signUp);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SelfRegistrationClient {
  private final ManagementService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server (tenant URLs: add {@code /t/<tenant>} to the base URL)
   * @param authentication the credentials the deployment requires (Basic)
   */
  public SelfRegistrationClient(
      HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ManagementService.class);
  }

  /**
   * Signs a user up.
   *
   * @param registration the user
   * @return the server's answer
   */
  public SelfRegistrationResult register(SelfRegistration registration) {
    Validation.requireNonNull(registration, "registration");
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", registration.username());
    if (registration.realm() != null) {
      user.put("realm", registration.realm());
    }
    user.put("password", registration.password().reveal());
    List<Map<String, Object>> claims = new ArrayList<>();
    registration.claims().forEach((uri, value) -> claims.add(Map.of("uri", uri, "value", value)));
    user.put("claims", claims);
    List<Map<String, Object>> properties = new ArrayList<>();
    registration.properties().forEach((k, v) -> properties.add(Map.of("key", k, "value", v)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", user);
    body.put("properties", properties);
    String text = Bodies.text(Calls.execute(api.selfRegister(body)), "Self sign-up response");
    if (!text.isBlank() && !text.stripLeading().startsWith("{")) {
      // An external notification channel: the body is the recovery id itself.
      return new SelfRegistrationResult(null, null, null, null, Secret.of(text.strip()), Map.of());
    }
    Map<String, Object> json =
        text.isBlank() ? Map.of() : RawCall.jsonObject(text, "Self sign-up response");
    return new SelfRegistrationResult(
        Json.str(json, "code"),
        Json.str(json, "message"),
        Json.str(json, "notificationChannel"),
        Json.str(json, "userId"),
        null,
        Json.rest(json, java.util.Set.of()));
  }
}
