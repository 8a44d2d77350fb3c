package io.github.fsonboard.apim.selfsignup;

import io.github.fsonboard.apim.internal.SelfSignUpService;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import java.util.List;

/**
 * Signs up a TPP on the API Manager ({@code POST [/t/{tenant}]/api/identity/user/v1.0/me}), as the
 * Developer Portal's "Create Account" does: HTTP Basic with the new user's own credentials. The new
 * user gets the {@code Internal/subscriber} role through the sign-up workflow (later, if an
 * approval is configured). Thread-safe; get it from {@link
 * io.github.fsonboard.apim.ApiManager#selfSignUp()}.
 *
 * <pre>{@code
 * try {
 *   apim.selfSignUp().signUp(request);
 * } catch (ConflictException e) {
 *   // 409: the user exists already
 * }
 * }</pre>
 */
public final class SelfSignUp {
  private final HttpEngine engine;
  private final BaseUrl base;

  /**
   * Creates the client.
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tenant the tenant domain, or null for the super tenant
   */
  public SelfSignUp(HttpTransport transport, BaseUrl apimBaseUrl, String tenant) {
    this.engine = HttpEngine.of(Validation.requireNonNull(transport, "transport"));
    this.base =
        tenant == null || tenant.isBlank()
            ? apimBaseUrl
            : BaseUrl.of(apimBaseUrl.resolve("/t/" + tenant).toString());
  }

  /**
   * Creates the user.
   *
   * @param request the user name, password and claims
   * @return the server's confirmation ({@code code} {@code USR-02007})
   * @throws io.github.fsonboard.core.error.ConflictException when the user exists already (409)
   * @throws io.github.fsonboard.core.error.BadRequestException e.g. when the password breaks the
   *     password policy
   */
  public SignUpResult signUp(SignUpRequest request) {
    Validation.requireNonNull(request, "request");
    SelfSignUpService api =
        engine.service(
            base,
            Authentication.basic(new BasicCredentials(request.username(), request.password())),
            SelfSignUpService.class);
    return Calls.execute(
        api.signUp(
            new SelfSignUpService.Body(
                new SelfSignUpService.User(
                    request.username(), request.realm(), request.password(), request.claims()),
                List.of())));
  }
}
