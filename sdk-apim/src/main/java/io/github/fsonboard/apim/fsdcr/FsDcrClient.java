package io.github.fsonboard.apim.fsdcr;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientSetup;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.PathIds;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.core.internal.jose.Jws;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The TPP client of the WSO2 Financial Services DCR API ({@code dcr-swagger.yaml} v3.3.0): builds
 * the registration request from a {@link RegistrationRequest}, checks it against the software
 * statement, signs it ({@code PS256}/{@code ES256} with the key's {@code kid}), posts it as {@code
 * application/jwt} over mutual TLS, and reads, updates and deletes the client with the
 * client-credentials token the gateway requires (DCRExecutor.postProcessRequest: the token's client
 * must be the one in the path).
 *
 * <pre>{@code
 * HttpTransport mtls = HttpTransport.create(HttpConfig.builder()
 *     .clientCertificate(ClientCertificate.pem(transportCertPem, transportKeyPem)).build());
 * FsDcrClient dcr = FsDcrClient.builder()
 *     .baseUrl("https://gateway.example:8243/open-banking/v3.3")
 *     .tokenEndpoint("https://is.example:9446/oauth2/token")
 *     .transport(mtls)
 *     .signingKey(SigningKey.fromPem(softwareKeyPem, "kid-1"))
 *     .build();
 * ClientRegistration client = dcr.register(request);     // checks first, every problem at once
 * dcr.read(client.clientId());
 * }</pre>
 *
 * <p>Errors are the SDK's typed exceptions with the server's {@code error}/{@code
 * error_description} in {@code payload()}; a second registration of the same software is a {@link
 * SoftwareAlreadyRegisteredException}. Immutable and thread-safe.
 */
public final class FsDcrClient {
  private static final MediaType JWT = MediaType.get("application/jwt");

  private final BaseUrl baseUrl;
  private final URI tokenEndpoint;
  private final HttpTransport transport;
  private final SigningKey signingKey;
  private final TokenEndpointAuthMethod tokenAuthMethod;
  private final CertificateValidator transportValidator;
  private final X509Certificate transportCertificate;
  private final CertificateValidator signingValidator;
  private final X509Certificate signingCertificate;
  private final Duration requestLifetime;
  private final Clock clock;

  private FsDcrClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tokenEndpoint = b.tokenEndpoint;
    this.transport = b.transport;
    this.signingKey = b.signingKey;
    this.tokenAuthMethod = b.tokenAuthMethod;
    this.transportValidator = b.transportValidator;
    this.transportCertificate = b.transportCertificate;
    this.signingValidator = b.signingValidator;
    this.signingCertificate = b.signingCertificate;
    this.requestLifetime = b.requestLifetime;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every check the SDK knows the server runs, plus the certificate validators when given,
   * without sending anything.
   *
   * @param request the request
   * @return every problem found (empty when none)
   */
  public List<Violation> check(RegistrationRequest request) {
    Validation.requireNonNull(request, "request");
    Validation v = new Validation();
    RegistrationChecks.check(request, signingKey, clock.instant(), v);
    if (transportValidator != null) {
      RegistrationChecks.checkCertificate(
          transportValidator, transportCertificate, "transportCertificate", v);
    }
    if (signingValidator != null) {
      RegistrationChecks.checkCertificate(
          signingValidator, signingCertificate, "signingCertificate", v);
    }
    return v.violations();
  }

  /**
   * Registers the software (POST {@code /register}, 201).
   *
   * @param request the request
   * @return the client with its credentials
   * @throws ValidationException naming every problem {@link #check} found; nothing was sent
   * @throws SoftwareAlreadyRegisteredException when the server already has a client for the
   *     software
   * @throws BadRequestException for other refusals ({@code payload().error()} is e.g. {@code
   *     invalid_software_statement})
   */
  public ClientRegistration register(RegistrationRequest request) {
    String jwt = signedRequest(request);
    String url = baseUrl.resolve("register").toString();
    try {
      return send(Authentication.none(), post(url, jwt));
    } catch (BadRequestException e) {
      if (isDuplicate(e)) {
        throw new SoftwareAlreadyRegisteredException(e, request.softwareStatement().softwareId());
      }
      throw e;
    }
  }

  /**
   * Makes sure the software is registered, never registering it twice: with the client id of an
   * earlier registration it reads that client (no write) and registers only when the server no
   * longer knows it; without one it registers.
   *
   * @param request the request
   * @param knownClientId the client id an earlier registration returned, or null
   * @return the client and whether this call created it
   * @throws SoftwareAlreadyRegisteredException when the server already has a client for the
   *     software under another id (the FS DCR API cannot look it up by software id)
   */
  public RegistrationOutcome ensureRegistered(RegistrationRequest request, String knownClientId) {
    if (knownClientId != null && !knownClientId.isBlank()) {
      Optional<ClientRegistration> existing = find(knownClientId);
      if (existing.isPresent()) {
        return new RegistrationOutcome(existing.get(), false);
      }
    }
    return new RegistrationOutcome(register(request), true);
  }

  /**
   * Reads a client that may be gone.
   *
   * @param clientId the client id
   * @return the client, empty when the token endpoint no longer knows it ({@code invalid_client}:
   *     it was deleted)
   */
  public Optional<ClientRegistration> find(String clientId) {
    try {
      return Optional.of(read(clientId));
    } catch (AuthenticationException e) {
      if ("invalid_client".equals(e.payload().error())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Reads the client (GET {@code /register/{ClientId}}, 200).
   *
   * @param clientId the client id
   * @return the client
   */
  public ClientRegistration read(String clientId) {
    Request.Builder r = new Request.Builder().url(clientUrl(clientId)).get();
    return send(tokenFor(clientId), r.header("Accept", "application/json").build());
  }

  /**
   * Replaces the client's metadata (PUT {@code /register/{ClientId}}, 200) with a newly signed
   * request.
   *
   * @param clientId the client id
   * @param request the complete new request
   * @return the updated client
   * @throws ValidationException naming every problem {@link #check} found; nothing was sent
   */
  public ClientRegistration update(String clientId, RegistrationRequest request) {
    String url = clientUrl(clientId);
    String jwt = signedRequest(request);
    Request r =
        new Request.Builder()
            .url(url)
            .put(RequestBody.create(jwt, JWT))
            .header("Accept", "application/json")
            .build();
    return send(tokenFor(clientId), r);
  }

  /**
   * Deletes the client (DELETE {@code /register/{ClientId}}, 204).
   *
   * @param clientId the client id
   */
  public void delete(String clientId) {
    Request r = new Request.Builder().url(clientUrl(clientId)).delete().build();
    RawCall.execute(HttpEngine.of(transport).client(tokenFor(clientId)), r);
  }

  /**
   * Checks and signs a request, as {@link #register} sends it (for dry runs and logs of what would
   * be sent).
   *
   * @param request the request
   * @return the compact signed request
   * @throws ValidationException naming every problem {@link #check} found
   */
  public String signedRequest(RegistrationRequest request) {
    List<Violation> problems = check(request);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return Jws.sign(
        claims(request),
        signingKey.privateKey(),
        signingKey.keyId(),
        signingKey.algorithm(),
        "JWT");
  }

  private JWTClaimsSet claims(RegistrationRequest request) {
    Instant now = clock.instant();
    SoftwareStatement ssa = request.softwareStatement();
    JWTClaimsSet.Builder c = new JWTClaimsSet.Builder();
    request.extraClaims().forEach(c::claim);
    c.issuer(ssa.softwareId())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(requestLifetime)))
        .jwtID(UUID.randomUUID().toString())
        .claim("aud", request.audience())
        .claim("redirect_uris", request.redirectUris())
        .claim("token_endpoint_auth_method", request.tokenEndpointAuthMethod().wireName())
        .claim("grant_types", request.grantTypes())
        .claim("scope", String.join(" ", request.scopes()))
        .claim("software_id", ssa.softwareId())
        .claim("software_statement", ssa.jwt())
        .claim("application_type", request.applicationType())
        .claim("id_token_signed_response_alg", request.idTokenSignedResponseAlg())
        .claim("request_object_signing_alg", request.requestObjectSigningAlg());
    if (!request.responseTypes().isEmpty()) {
      c.claim("response_types", request.responseTypes());
    }
    String tokenAlg = RegistrationChecks.tokenEndpointAuthSigningAlg(request, signingKey);
    if (tokenAlg != null) {
      c.claim("token_endpoint_auth_signing_alg", tokenAlg);
    }
    return c.build();
  }

  private static Request post(String url, String jwt) {
    return new Request.Builder()
        .url(url)
        .post(RequestBody.create(jwt, JWT))
        .header("Accept", "application/json")
        .build();
  }

  private ClientRegistration send(Authentication auth, Request request) {
    HttpResult<String> result = RawCall.execute(HttpEngine.of(transport).client(auth), request);
    Map<String, Object> json = RawCall.jsonObject(result.body(), "client registration");
    return ClientRegistration.fromJson(json);
  }

  /** A client-credentials token of the client itself, as DCRExecutor.postProcessRequest needs. */
  private Authentication tokenFor(String clientId) {
    Validation.requireNonBlank(clientId, "client_id");
    ClientAuthentication auth =
        tokenAuthMethod == TokenEndpointAuthMethod.PRIVATE_KEY_JWT
            ? ClientAuthentication.privateKeyJwt(clientId, signingKey)
            : ClientAuthentication.none(clientId); // tls_client_auth: the certificate proves it
    OAuthTokenClient tokens =
        OAuthTokenClient.builder()
            .tokenEndpoint(tokenEndpoint)
            .clientAuthentication(auth)
            .transport(transport)
            .clock(clock)
            .build();
    Secret token = tokens.clientCredentials().accessToken();
    return Authentication.bearer(TokenProvider.of(token));
  }

  private String clientUrl(String clientId) {
    return baseUrl.resolve("register/" + PathIds.segment(clientId, "client_id")).toString();
  }

  /** IS DCRMService: a second client with the same name is 400 invalid_client_metadata. */
  private static boolean isDuplicate(BadRequestException e) {
    String description = e.payload().errorDescription();
    return "invalid_client_metadata".equals(e.payload().error())
        && description != null
        && description.contains("already exist");
  }

  @Override
  public String toString() {
    return "FsDcrClient[" + baseUrl + ", " + signingKey + "]";
  }

  /** Configures an {@link FsDcrClient}. Not thread-safe. */
  public static final class Builder {
    private final ClientSetup setup = new ClientSetup();
    private BaseUrl baseUrl;
    private URI tokenEndpoint;
    private HttpTransport transport;
    private SigningKey signingKey;
    private TokenEndpointAuthMethod tokenAuthMethod = TokenEndpointAuthMethod.PRIVATE_KEY_JWT;
    private CertificateValidator transportValidator;
    private X509Certificate transportCertificate;
    private CertificateValidator signingValidator;
    private X509Certificate signingCertificate;
    private Duration requestLifetime = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the API's base URL, with the version.
     *
     * @param url e.g. {@code https://gateway.example:8243/open-banking/v3.3}
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = setup.baseUrl("baseUrl", url);
      return this;
    }

    /**
     * Sets the token endpoint the client-credentials token for reads, updates and deletes comes
     * from.
     *
     * @param url e.g. {@code https://is.example:9446/oauth2/token}
     * @return this builder
     */
    public Builder tokenEndpoint(String url) {
      this.tokenEndpoint = setup.endpoint("tokenEndpoint", url);
      return this;
    }

    /**
     * Sets the transport; it must carry the TPP's transport certificate.
     *
     * @param transport the mutual TLS transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the software signing key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder signingKey(SigningKey key) {
      this.signingKey = key;
      return this;
    }

    /**
     * Sets how this client authenticates for its management token (default {@code
     * private_key_jwt}); use the method it registered with.
     *
     * @param method the method
     * @return this builder
     */
    public Builder tokenEndpointAuthMethod(TokenEndpointAuthMethod method) {
      this.tokenAuthMethod = setup.required("tokenEndpointAuthMethod", method);
      return this;
    }

    /**
     * Validates the transport certificate as part of {@link FsDcrClient#check} (build the validator
     * with {@code CertificatePurpose.TLS_CLIENT}, the trust anchors the server uses, revocation,
     * required PSD2 roles, ...).
     *
     * @param validator the validator
     * @param certificate the certificate the transport presents
     * @return this builder
     */
    public Builder transportCertificate(
        CertificateValidator validator, X509Certificate certificate) {
      this.transportValidator = setup.required("transportValidator", validator);
      this.transportCertificate = setup.required("transportCertificate", certificate);
      return this;
    }

    /**
     * Validates the signing key's certificate as part of {@link FsDcrClient#check} (build the
     * validator with {@code CertificatePurpose.SIGNING}; {@code expectedJwks} can hold it to the
     * software JWKS).
     *
     * @param validator the validator
     * @param certificate the signing key's certificate
     * @return this builder
     */
    public Builder signingCertificate(CertificateValidator validator, X509Certificate certificate) {
      this.signingValidator = setup.required("signingValidator", validator);
      this.signingCertificate = setup.required("signingCertificate", certificate);
      return this;
    }

    /**
     * Sets how long a signed request stays valid (default five minutes).
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder requestLifetime(Duration lifetime) {
      this.requestLifetime = setup.required("requestLifetime", lifetime);
      return this;
    }

    /**
     * Sets the clock (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = setup.required("clock", clock);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException naming every missing setting
     */
    public FsDcrClient build() {
      ClientSetup.Check v = setup.check();
      v.require(baseUrl != null, "baseUrl", "is required");
      v.require(tokenEndpoint != null, "tokenEndpoint", "is required");
      // Always the caller's transport (it carries the TPP's certificate): never closed here.
      v.require(transport != null, "transport", "is required");
      v.require(
          transport == null || transport.config().clientCertificate() != null,
          "transport.clientCertificate",
          "is required: the FS DCR API is mutual TLS");
      v.require(signingKey != null, "signingKey", "is required");
      if (signingKey != null) {
        // The gateway verifies the request with the software JWKS key of this kid.
        v.require(signingKey.keyId() != null, "signingKey.keyId", "is required");
        v.require(
            RegistrationChecks.FAPI_ALGORITHMS.contains(signingKey.algorithm()),
            "signingKey.algorithm",
            "must be PS256 or ES256, not " + signingKey.algorithm());
      }
      v.require(
          requestLifetime == null || (!requestLifetime.isNegative() && !requestLifetime.isZero()),
          "requestLifetime",
          "must be positive");
      v.throwIfInvalid();
      return new FsDcrClient(this);
    }
  }
}
