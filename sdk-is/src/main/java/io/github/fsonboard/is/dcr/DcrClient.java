package io.github.fsonboard.is.dcr;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.PathIds;
import io.github.fsonboard.core.internal.http.ServerUrls;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Dynamic client registration: RFC 7591 registration, WSO2 IS DCR v1.1 management by client id
 * (admin credentials), and RFC 7592 management through {@code registration_client_uri} and the
 * registration access token (Keycloak and other generic servers).
 *
 * <p>Checked against IS 7.0 (identity-inbound-auth-oauth 7.0.26) and IS 7.1 (7.0.259): a chosen
 * client id and secret travel as {@code ext_param_client_id}/{@code ext_param_client_secret} (a
 * {@code client_id} member is refused by 7.0 and ignored by 7.1), only members the server's {@code
 * RegistrationRequestDTO} declares are sent unless the caller adds others (7.0 refuses unknown
 * members, 7.1 drops them), and {@link #update} keeps the flags a PUT would reset. Also checked
 * against Keycloak's RFC 7591/7592 endpoints (interop suite).
 *
 * <pre>{@code
 * DcrClient dcr = is.dcr();   // WSO2: admin Basic, or Bearer with internal_dcr_* scopes
 * RegisteredClient c = dcr.register(ClientRegistrationRequest.builder()
 *     .clientName("tpp-app").grantTypes("client_credentials").build());
 * dcr.findByName("tpp-app");  // Optional
 * dcr.delete(c.clientId());
 *
 * DcrClient open = is.dcr(Authentication.bearer(TokenProvider.of(initialAccessToken)));
 * RegisteredClient k = open.register(request);          // RFC 7591 with an initial access token
 * k = open.updateConfiguration(k, changed);              // RFC 7592, uses k's registration token
 * k = open.readConfiguration(k);                         // ... and the token the update returned
 * open.deleteConfiguration(k);
 * }</pre>
 *
 * <p>RFC 7592 §3: a server may issue a new {@code registration_access_token} (and client secret) in
 * any read or update response, and the old one then stops working; Keycloak rotates the token on
 * every update. {@link #readConfiguration}, {@link #updateConfiguration} return the client with the
 * credentials to use next: the new ones when the response carries them, otherwise the ones the call
 * was made with (a server that does not rotate may leave them out). Keep the returned {@link
 * RegisteredClient} (e.g. store it in place of the old one) and pass it to the next call.
 *
 * <p>Errors: a duplicate name on WSO2 is a {@link
 * io.github.fsonboard.core.error.BadRequestException} (400, not 409) whose {@code
 * payload().error()} is {@code invalid_client_metadata}; bad redirect URIs give {@code
 * invalid_redirect_uri}, bad software statements {@code invalid_software_statement}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DcrClient {
  private final URI endpoint;
  private final DcrService api;
  private final java.util.List<URI> trustedOrigins;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param registrationEndpoint the registration endpoint, e.g. {@code
   *     https://is.example/api/identity/oauth2/dcr/v1.1/register}
   * @param authentication admin credentials, a bearer token with {@code internal_dcr_*} scopes, or
   *     an RFC 7591 initial access token as a bearer token
   */
  public DcrClient(
      HttpTransport transport, URI registrationEndpoint, Authentication authentication) {
    BaseUrl base = BaseUrl.of(String.valueOf(registrationEndpoint), "registrationEndpoint");
    this.endpoint = base.uri();
    HttpEngine engine = HttpEngine.of(transport);
    this.api = engine.service(base, authentication, DcrService.class);
    this.trustedOrigins = engine.config().trustedOrigins();
  }

  /**
   * Returns the registration endpoint.
   *
   * @return the URI
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Registers a client (POST, RFC 7591 §3.1).
   *
   * @param request the metadata (validated when built)
   * @return the registered client with its credentials
   * @throws io.github.fsonboard.core.error.BadRequestException for refused metadata, e.g. {@code
   *     invalid_client_metadata} for a duplicate name on WSO2
   */
  public RegisteredClient register(ClientRegistrationRequest request) {
    Validation.requireNonNull(request, "request");
    return DcrMapper.fromJson(
        Calls.execute(api.register(endpoint.toString(), DcrMapper.toJson(request))));
  }

  /**
   * Reads a client by id (WSO2: GET {@code /register/{client_id}}).
   *
   * <p>WSO2 IS answers an unknown client id with 401 and no body; this method maps that, and a 404,
   * to an empty result. A 401 that carries an error body (a refused credential) is thrown.
   *
   * @param clientId the client id
   * @return the client, or empty when the server does not know it
   * @throws ValidationException naming {@code client_id} when blank
   */
  public Optional<RegisteredClient> findByClientId(String clientId) {
    String url = clientUrl(clientId);
    return absentIfUnknown(() -> DcrMapper.fromJson(Calls.execute(api.read(url, null))));
  }

  /**
   * Finds a client by name (WSO2: GET {@code /register?client_name=}).
   *
   * @param clientName the exact name
   * @return the client, or empty when none has that name
   * @throws ValidationException naming {@code client_name} when blank
   */
  public Optional<RegisteredClient> findByName(String clientName) {
    Validation.requireNonBlank(clientName, "client_name");
    return absentIfUnknown(
        () -> DcrMapper.fromJson(Calls.execute(api.findByName(endpoint.toString(), clientName))));
  }

  /**
   * Replaces a client's metadata (WSO2: PUT {@code /register/{client_id}}).
   *
   * <p>WSO2's PUT switches off every flag it is not sent ({@code ext_pkce_mandatory}, {@code
   * ext_pkce_support_plain}, {@code ext_public_client}, {@code require_signed_request_object},
   * {@code require_pushed_authorization_requests}, {@code
   * tls_client_certificate_bound_access_tokens}). So that an update never silently turns PKCE off,
   * the client first reads the registration and sends the current value of each flag the request
   * leaves unset; a flag set in the request wins. Empty grant types or redirect URIs keep the
   * stored ones on WSO2.
   *
   * @param clientId the client id
   * @param request the new metadata; its {@code clientId}/{@code clientSecret} choices are not sent
   * @return the updated client
   */
  public RegisteredClient update(String clientId, ClientRegistrationRequest request) {
    Validation.requireNonNull(request, "request");
    String url = clientUrl(clientId);
    Map<String, Object> body = DcrMapper.toUpdateJson(request);
    if (DcrMapper.missesResettableFlags(body)) {
      findByClientId(clientId).ifPresent(current -> DcrMapper.keepResettableFlags(body, current));
    }
    return DcrMapper.fromJson(Calls.execute(api.update(url, null, body)));
  }

  /**
   * Deletes a client (WSO2: DELETE {@code /register/{client_id}}, 204).
   *
   * @param clientId the client id
   */
  public void delete(String clientId) {
    Calls.execute(api.delete(clientUrl(clientId), null));
  }

  /**
   * Reads a client through its {@code registration_client_uri} (RFC 7592 §2.1).
   *
   * @param client the latest client returned by {@link #register} or an RFC 7592 call
   * @return the current configuration, with the registration access token to use next (a rotated
   *     one when the server issued one, otherwise {@code client}'s)
   * @throws ValidationException naming {@code registration_client_uri} when the server issued no
   *     management credentials
   */
  public RegisteredClient readConfiguration(RegisteredClient client) {
    requireManageable(client);
    return keepCredentials(
        client, DcrMapper.fromJson(Calls.execute(api.read(managementUrl(client), bearer(client)))));
  }

  /**
   * Replaces a client's metadata through its {@code registration_client_uri} (RFC 7592 §2.2). The
   * body carries {@code client_id} as the RFC requires.
   *
   * @param client the latest client returned by {@link #register} or an RFC 7592 call
   * @param request the complete new metadata
   * @return the updated configuration, with the registration access token to use next (Keycloak
   *     rotates it on every update: {@code client}'s token no longer works)
   * @throws ValidationException when the server issued no management credentials
   */
  public RegisteredClient updateConfiguration(
      RegisteredClient client, ClientRegistrationRequest request) {
    requireManageable(client);
    Validation.requireNonNull(request, "request");
    Map<String, Object> body = DcrMapper.toUpdateJson(request);
    body.put("client_id", client.clientId());
    return keepCredentials(
        client,
        DcrMapper.fromJson(Calls.execute(api.update(managementUrl(client), bearer(client), body))));
  }

  /**
   * Deletes a client through its {@code registration_client_uri} (RFC 7592 §2.3).
   *
   * @param client the latest client returned by {@link #register} or an RFC 7592 call
   * @throws ValidationException when the server issued no management credentials
   */
  public void deleteConfiguration(RegisteredClient client) {
    requireManageable(client);
    Calls.execute(api.delete(managementUrl(client), bearer(client)));
  }

  /**
   * RFC 7592 §3: credentials in the response replace the old ones; credentials it leaves out are
   * still valid. The management URL stays the one already checked unless the server names another.
   */
  private static RegisteredClient keepCredentials(RegisteredClient sent, RegisteredClient got) {
    if (got.registrationAccessToken() != null
        && got.registrationClientUri() != null
        && got.clientSecret() != null) {
      return got;
    }
    return new RegisteredClient(
        got.clientId(),
        got.clientSecret() != null ? got.clientSecret() : sent.clientSecret(),
        got.clientSecret() != null ? got.clientSecretExpiresAt() : sent.clientSecretExpiresAt(),
        got.clientName(),
        got.redirectUris(),
        got.grantTypes(),
        got.tokenEndpointAuthMethod(),
        got.registrationAccessToken() != null
            ? got.registrationAccessToken()
            : sent.registrationAccessToken(),
        got.registrationClientUri() != null
            ? got.registrationClientUri()
            : sent.registrationClientUri(),
        got.metadata());
  }

  private String clientUrl(String clientId) {
    return endpoint + "/" + PathIds.segment(clientId, "client_id");
  }

  /** Where the registration access token may go: https on the registration endpoint's origin. */
  private String managementUrl(RegisteredClient client) {
    return ServerUrls.requireTrusted(
            client.registrationClientUri(), endpoint, trustedOrigins, "registration_client_uri")
        .toString();
  }

  private static void requireManageable(RegisteredClient client) {
    Validation.requireNonNull(client, "client");
    if (!client.isManageable()) {
      throw new ValidationException(
          "registration_client_uri",
          "the server issued no registration_client_uri and registration_access_token for "
              + client.clientId());
    }
  }

  private static String bearer(RegisteredClient client) {
    return "Bearer " + client.registrationAccessToken().reveal();
  }

  private static Optional<RegisteredClient> absentIfUnknown(
      java.util.function.Supplier<RegisteredClient> call) {
    try {
      return Optional.of(call.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (AuthenticationException e) {
      if (isBodyless(e)) {
        return Optional.empty(); // WSO2 IS: unknown client id
      }
      throw e;
    }
  }

  private static boolean isBodyless(ApiException e) {
    return e.payload().rawBody().isBlank();
  }
}
