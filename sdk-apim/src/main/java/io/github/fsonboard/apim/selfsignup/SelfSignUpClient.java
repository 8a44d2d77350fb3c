package io.github.fsonboard.apim.selfsignup;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.is.selfregistration.SelfRegistration;
import io.github.fsonboard.is.selfregistration.SelfRegistrationClient;
import io.github.fsonboard.is.selfregistration.SelfRegistrationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs up a TPP on the API Manager ({@code POST [/t/{tenant}]/api/identity/user/v1.0/me}). The new
 * user gets the {@code Internal/subscriber} role through the sign-up workflow (later, if an
 * approval is configured). Thread-safe; get it from {@link
 * io.github.fsonboard.apim.ApiManager#selfSignUp()}.
 *
 * <p>The endpoint is a secured resource (identity.xml {@code ResourceAccessControl}, since IS 5.7.0
 * / WSO2-2018-0462): the call must authenticate as a user that exists already, e.g. the admin as in
 * WSO2's own sample, or the account the portal's sign-up page uses. Prefer {@link
 * #signUp(SignUpRequest, BasicCredentials)}; {@link #signUp(SignUpRequest)} authenticates as the
 * new user, which such a server refuses with 401.
 *
 * <pre>{@code
 * try {
 *   apim.selfSignUp().signUp(request, BasicCredentials.of("admin", adminPassword));
 * } catch (ConflictException e) {
 *   // 409: the user exists already
 * }
 * }</pre>
 */
public final class SelfSignUpClient {
  private final HttpTransport transport;
  private final BaseUrl base;

  /**
   * Creates the client.
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tenant the tenant domain, or null for the super tenant
   */
  public SelfSignUpClient(HttpTransport transport, BaseUrl apimBaseUrl, String tenant) {
    this.transport = Validation.requireNonNull(transport, "transport");
    this.base =
        tenant == null || tenant.isBlank()
            ? apimBaseUrl
            : BaseUrl.of(apimBaseUrl.resolve("/t/" + tenant).toString());
  }

  /**
   * Creates the user, authenticating as an existing user allowed to register users.
   *
   * @param request the user name, password and claims
   * @param registrar the credentials sent as HTTP Basic, e.g. the admin's
   * @return the server's confirmation ({@code code} {@code USR-02007}), or a result with only null
   *     members when the server answers an empty 201 (IS's default)
   * @throws io.github.fsonboard.core.error.ConflictException when the user exists already (409)
   * @throws io.github.fsonboard.core.error.AuthenticationException when the registrar's credentials
   *     are refused (401)
   * @throws io.github.fsonboard.core.error.BadRequestException e.g. when the password breaks the
   *     password policy
   */
  public SignUpResult signUp(SignUpRequest request, BasicCredentials registrar) {
    Validation.requireNonNull(request, "request");
    Validation.requireNonNull(registrar, "registrar");
    return send(request, registrar);
  }

  /**
   * Creates the user, authenticating as the new user (only for servers whose sign-up resource is
   * not secured; see the class description).
   *
   * @param request the user name, password and claims
   * @return the server's confirmation ({@code code} {@code USR-02007}), or a result with only null
   *     members when the server answers an empty 201 (IS's default)
   * @throws io.github.fsonboard.core.error.ConflictException when the user exists already (409)
   * @throws io.github.fsonboard.core.error.BadRequestException e.g. when the password breaks the
   *     password policy
   */
  public SignUpResult signUp(SignUpRequest request) {
    Validation.requireNonNull(request, "request");
    return send(request, new BasicCredentials(request.username(), request.password()));
  }

  private SignUpResult send(SignUpRequest request, BasicCredentials credentials) {
    // APIM serves IS's own self-registration resource: sdk-is's client sends it and reads every
    // 201 form (empty, detailed JSON, plain-text recovery id), so there is one way to do both.
    Map<String, String> claims = new LinkedHashMap<>();
    request.claims().forEach(c -> claims.put(c.uri(), c.value()));
    SelfRegistrationResult result =
        new SelfRegistrationClient(transport, base, Authentication.basic(credentials))
            .register(
                new SelfRegistration(
                    request.username(), request.password(), request.realm(), claims, Map.of()));
    return new SignUpResult(
        result.code(),
        result.message(),
        result.notificationChannel(),
        result.userId(),
        result.recoveryId());
  }
}
