package io.github.fsonboard.is.dcr;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.cert.Jwks;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Client metadata for dynamic client registration (RFC 7591 §2) with WSO2 IS's {@code ext_*}
 * extensions. Members not modelled here go in {@link #additionalMetadata()} and are sent as given,
 * so any server's extensions can be used. Null members are not sent.
 *
 * <pre>{@code
 * ClientRegistrationRequest request = ClientRegistrationRequest.builder()
 *     .clientName("tpp-accounts-app")
 *     .grantTypes("authorization_code", "refresh_token", "client_credentials")
 *     .redirectUris("https://tpp.example/cb")
 *     .tokenEndpointAuthMethod("private_key_jwt")
 *     .jwksUri("https://tpp.example/jwks.json")        // or .jwks(signingKey, signingCertificate)
 *     .pkceMandatory(true)
 *     .tlsClientAuthSubjectDn(tppCertificate)
 *     .build();
 * }</pre>
 *
 * <p>The client's keys are given either by reference ({@code jwks_uri}, an https URL) or by value
 * ({@code jwks}, a public JWK set, e.g. {@link Builder#jwks(SigningKey, X509Certificate...)}),
 * never both (RFC 7591 §2). WSO2 IS 7 takes only {@code jwks_uri}: its DCR {@code
 * RegistrationRequestDTO} and {@code UpdateRequestDTO} (identity-inbound-auth-oauth 7.0.26 and
 * 7.0.259) declare no {@code jwks}, so IS 7.0 refuses a request carrying it (400 "Unrecognized
 * field : jwks") and IS 7.1 drops it; Keycloak and other RFC 7591 servers take both. {@code
 * tls_client_auth} (RFC 8705 §2.1) needs the certificate's subject: {@code
 * tls_client_auth_subject_dn}, the one RFC 8705 subject member IS 7 declares (or one {@code
 * tls_client_auth_san_*} member in {@link #additionalMetadata()} for other servers); {@code
 * self_signed_tls_client_auth} (§2.2) needs {@code jwks} or {@code jwks_uri}.
 *
 * <p>The compact constructor validates the metadata, so an instance is always sendable: {@code
 * client_name} is required, {@code redirect_uris} are required for the {@code authorization_code}
 * and {@code implicit} grants (and when no grant is given, as RFC 7591 then defaults to {@code
 * authorization_code}), redirect URIs must be absolute and lifetimes non-negative.
 *
 * @param clientName {@code client_name}
 * @param redirectUris {@code redirect_uris}
 * @param grantTypes {@code grant_types}
 * @param tokenEndpointAuthMethod {@code token_endpoint_auth_method}, e.g. {@code private_key_jwt},
 *     {@code tls_client_auth}, {@code client_secret_basic}
 * @param tokenEndpointAuthSigningAlg {@code token_endpoint_auth_signing_alg}
 * @param jwksUri {@code jwks_uri}: an absolute https URL
 * @param jwks {@code jwks}: the client's public keys by value (never private or symmetric keys)
 * @param softwareStatement {@code software_statement} (a signed JWT, e.g. an SSA)
 * @param clientId a caller-chosen client id, sent as WSO2's {@code ext_param_client_id} (IS 7.1
 *     ignores a {@code client_id} member and IS 7.0 refuses it)
 * @param clientSecret a caller-chosen client secret, sent as WSO2's {@code ext_param_client_secret}
 *     semantics) or for RFC 7592 updates
 * @param applicationOwner {@code ext_application_owner}
 * @param pkceMandatory {@code ext_pkce_mandatory}
 * @param pkceSupportPlain {@code ext_pkce_support_plain}
 * @param publicClient {@code ext_public_client}
 * @param tokenType {@code ext_token_type}, e.g. {@code JWT}
 * @param applicationTokenLifetime {@code ext_application_token_lifetime} in seconds
 * @param userTokenLifetime {@code ext_user_token_lifetime} in seconds
 * @param refreshTokenLifetime {@code ext_refresh_token_lifetime} in seconds
 * @param idTokenLifetime {@code ext_id_token_lifetime} in seconds
 * @param tlsClientAuthSubjectDn {@code tls_client_auth_subject_dn} (RFC 8705 §2.1.2)
 * @param requirePushedAuthorizationRequests {@code require_pushed_authorization_requests}
 * @param tlsClientCertificateBoundAccessTokens {@code tls_client_certificate_bound_access_tokens}
 * @param idTokenSignedResponseAlg {@code id_token_signed_response_alg}
 * @param requestObjectSigningAlg {@code request_object_signing_alg}
 * @param additionalMetadata any other members, sent as given (JSON-compatible values)
 */
public record ClientRegistrationRequest(
    String clientName,
    List<String> redirectUris,
    List<String> grantTypes,
    String tokenEndpointAuthMethod,
    String tokenEndpointAuthSigningAlg,
    String jwksUri,
    JWKSet jwks,
    String softwareStatement,
    String clientId,
    Secret clientSecret,
    String applicationOwner,
    Boolean pkceMandatory,
    Boolean pkceSupportPlain,
    Boolean publicClient,
    String tokenType,
    Long applicationTokenLifetime,
    Long userTokenLifetime,
    Long refreshTokenLifetime,
    Long idTokenLifetime,
    String tlsClientAuthSubjectDn,
    Boolean requirePushedAuthorizationRequests,
    Boolean tlsClientCertificateBoundAccessTokens,
    String idTokenSignedResponseAlg,
    String requestObjectSigningAlg,
    Map<String, Object> additionalMetadata) {

  /** The wire names of the typed members; {@link #additionalMetadata()} must not repeat them. */
  public static final Set<String> TYPED_MEMBERS =
      Set.of(
          "client_name",
          "redirect_uris",
          "grant_types",
          "token_endpoint_auth_method",
          "token_endpoint_auth_signing_alg",
          "jwks_uri",
          "jwks",
          "software_statement",
          "ext_param_client_id",
          "ext_param_client_secret",
          "ext_application_owner",
          "ext_pkce_mandatory",
          "ext_pkce_support_plain",
          "ext_public_client",
          "ext_token_type",
          "ext_application_token_lifetime",
          "ext_user_token_lifetime",
          "ext_refresh_token_lifetime",
          "ext_id_token_lifetime",
          "tls_client_auth_subject_dn",
          "require_pushed_authorization_requests",
          "tls_client_certificate_bound_access_tokens",
          "id_token_signed_response_alg",
          "request_object_signing_alg");

  /** RFC 8705 §2.1.2: the members that name the subject of a tls_client_auth certificate. */
  private static final List<String> TLS_SUBJECT_MEMBERS =
      List.of(
          "tls_client_auth_san_dns",
          "tls_client_auth_san_uri",
          "tls_client_auth_san_ip",
          "tls_client_auth_san_email");

  /** Members the server assigns: a request naming them is refused (IS 7.0) or ignored (IS 7.1). */
  private static final Set<String> UNSENDABLE_MEMBERS = Set.of("client_id", "client_secret");

  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every invalid member
   */
  public ClientRegistrationRequest {
    Validation v = new Validation();
    Elements.requireNoNull(v, "redirect_uris", redirectUris);
    Elements.requireNoNull(v, "grant_types", grantTypes);
    redirectUris = Elements.copyOfNonNull(redirectUris);
    grantTypes = Elements.copyOfNonNull(grantTypes);
    additionalMetadata =
        additionalMetadata == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalMetadata));
    v.require(clientName != null && !clientName.isBlank(), "client_name", "is required");
    boolean redirecting =
        grantTypes.isEmpty()
            || grantTypes.contains("authorization_code")
            || grantTypes.contains("implicit");
    v.require(
        !redirecting || !redirectUris.isEmpty(),
        "redirect_uris",
        "is required for the authorization_code and implicit grants");
    for (String uri : redirectUris) {
      v.require(isAbsolute(uri), "redirect_uris", "must be absolute URIs, got " + uri);
    }
    for (String g : grantTypes) {
      v.require(g != null && !g.isBlank(), "grant_types", "must not contain blank entries");
    }
    v.require(jwksUri == null || isHttps(jwksUri), "jwks_uri", "must be an absolute https URI");
    v.require(
        jwks == null || jwksUri == null,
        "jwks",
        "cannot be combined with jwks_uri: give the keys by value or by reference (RFC 7591 §2)");
    checkPublicKeys(v, jwks);
    checkTlsClientAuth(
        v, tokenEndpointAuthMethod, tlsClientAuthSubjectDn, jwks, jwksUri, additionalMetadata);
    nonNegative(v, "ext_application_token_lifetime", applicationTokenLifetime);
    nonNegative(v, "ext_user_token_lifetime", userTokenLifetime);
    nonNegative(v, "ext_refresh_token_lifetime", refreshTokenLifetime);
    nonNegative(v, "ext_id_token_lifetime", idTokenLifetime);
    for (String key : additionalMetadata.keySet()) {
      v.require(
          !TYPED_MEMBERS.contains(key),
          "additionalMetadata." + key,
          "is a typed member: set it with its own builder method");
      v.require(
          !UNSENDABLE_MEMBERS.contains(key),
          "additionalMetadata." + key,
          "IS 7.0 refuses it and IS 7.1 ignores it: choose an id or secret with clientId/clientSecret");
    }
    v.throwIfInvalid();
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's members, to derive a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.clientName = clientName;
    b.redirectUris = new ArrayList<>(redirectUris);
    b.grantTypes = new ArrayList<>(grantTypes);
    b.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
    b.tokenEndpointAuthSigningAlg = tokenEndpointAuthSigningAlg;
    b.jwksUri = jwksUri;
    b.jwks = jwks;
    b.softwareStatement = softwareStatement;
    b.clientId = clientId;
    b.clientSecret = clientSecret;
    b.applicationOwner = applicationOwner;
    b.pkceMandatory = pkceMandatory;
    b.pkceSupportPlain = pkceSupportPlain;
    b.publicClient = publicClient;
    b.tokenType = tokenType;
    b.applicationTokenLifetime = applicationTokenLifetime;
    b.userTokenLifetime = userTokenLifetime;
    b.refreshTokenLifetime = refreshTokenLifetime;
    b.idTokenLifetime = idTokenLifetime;
    b.tlsClientAuthSubjectDn = tlsClientAuthSubjectDn;
    b.requirePushedAuthorizationRequests = requirePushedAuthorizationRequests;
    b.tlsClientCertificateBoundAccessTokens = tlsClientCertificateBoundAccessTokens;
    b.idTokenSignedResponseAlg = idTokenSignedResponseAlg;
    b.requestObjectSigningAlg = requestObjectSigningAlg;
    b.additionalMetadata = new LinkedHashMap<>(additionalMetadata);
    return b;
  }

  /**
   * Returns a certificate's subject DN in the form WSO2 IS 7 matches for {@code tls_client_auth}:
   * {@code MutualTLSClientAuthenticator.authenticate} (identity-oauth-clientauth-mutualtls)
   * compares the registered {@code tls_client_auth_subject_dn} by string equality with {@code
   * X509Certificate.getSubjectDN().toString()}, e.g. {@code CN=tpp, OU=0015800001HQQrZAAX,
   * O=OpenBanking, C=GB}, attributes without a short name as {@code OID.2.5.4.97=PSDGB-FCA-123456}.
   * The RFC 4514 form RFC 8705 names ({@code CN=tpp,OU=…}, no spaces, hex values for unnamed
   * attributes) never matches a subject of more than one attribute there; for another server, pass
   * the string it compares to {@link Builder#tlsClientAuthSubjectDn(String)}.
   *
   * @param certificate the client certificate
   * @return the DN
   */
  public static String subjectDnOf(X509Certificate certificate) {
    // X500Principal.toString() is the string getSubjectDN().toString() gives, without the
    // deprecated call.
    return certificate.getSubjectX500Principal().toString();
  }

  /** A JWK set sent to a server holds public keys only: nothing private is ever serialised. */
  private static void checkPublicKeys(Validation v, JWKSet jwks) {
    if (jwks == null) {
      return;
    }
    List<JWK> keys = jwks.getKeys();
    v.require(!keys.isEmpty(), "jwks", "must hold at least one key");
    for (int i = 0; i < keys.size(); i++) {
      JWK k = keys.get(i);
      v.require(
          !k.isPrivate() && !(k instanceof OctetSequenceKey),
          "jwks.keys[" + i + "]",
          "holds private or symmetric key material: publish public keys only (toPublicJWKSet())");
    }
  }

  /** RFC 8705 §2.1.2 and §2.2: what each certificate-based method needs registered. */
  private static void checkTlsClientAuth(
      Validation v,
      String method,
      String subjectDn,
      JWKSet jwks,
      String jwksUri,
      Map<String, Object> additional) {
    if ("tls_client_auth".equals(method)) {
      long subjects =
          (subjectDn == null ? 0 : 1)
              + TLS_SUBJECT_MEMBERS.stream().filter(additional::containsKey).count();
      v.require(
          subjects == 1,
          "tls_client_auth_subject_dn",
          "tls_client_auth needs exactly one certificate subject member (RFC 8705 §2.1.2), e.g."
              + " tlsClientAuthSubjectDn(certificate)");
    }
    if ("self_signed_tls_client_auth".equals(method)) {
      v.require(
          jwks != null || jwksUri != null,
          "jwks",
          "self_signed_tls_client_auth needs the certificate in jwks or jwks_uri (RFC 8705 §2.2)");
    }
  }

  private static boolean isHttps(String uri) {
    try {
      URI u = new URI(uri);
      return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean isAbsolute(String uri) {
    try {
      return uri != null && new URI(uri).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void nonNegative(Validation v, String field, Long value) {
    v.require(value == null || value >= 0, field, "must be a non-negative number of seconds");
  }

  /** Builds a {@link ClientRegistrationRequest}; not thread-safe. */
  public static final class Builder {
    private String clientName;
    private List<String> redirectUris = new ArrayList<>();
    private List<String> grantTypes = new ArrayList<>();
    private String tokenEndpointAuthMethod;
    private String tokenEndpointAuthSigningAlg;
    private String jwksUri;
    private JWKSet jwks;
    private String softwareStatement;
    private String clientId;
    private Secret clientSecret;
    private String applicationOwner;
    private Boolean pkceMandatory;
    private Boolean pkceSupportPlain;
    private Boolean publicClient;
    private String tokenType;
    private Long applicationTokenLifetime;
    private Long userTokenLifetime;
    private Long refreshTokenLifetime;
    private Long idTokenLifetime;
    private String tlsClientAuthSubjectDn;
    private Boolean requirePushedAuthorizationRequests;
    private Boolean tlsClientCertificateBoundAccessTokens;
    private String idTokenSignedResponseAlg;
    private String requestObjectSigningAlg;
    private Map<String, Object> additionalMetadata = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code client_name}.
     *
     * @param clientName the name (WSO2: unique per tenant)
     * @return this builder
     */
    public Builder clientName(String clientName) {
      this.clientName = clientName;
      return this;
    }

    /**
     * Sets {@code redirect_uris}.
     *
     * @param redirectUris absolute URIs
     * @return this builder
     */
    public Builder redirectUris(String... redirectUris) {
      this.redirectUris = Elements.of(redirectUris);
      return this;
    }

    /**
     * Sets {@code grant_types}.
     *
     * @param grantTypes e.g. {@code client_credentials}, {@code authorization_code}
     * @return this builder
     */
    public Builder grantTypes(String... grantTypes) {
      this.grantTypes = Elements.of(grantTypes);
      return this;
    }

    /**
     * Sets {@code token_endpoint_auth_method}.
     *
     * @param method e.g. {@code private_key_jwt}
     * @return this builder
     */
    public Builder tokenEndpointAuthMethod(String method) {
      this.tokenEndpointAuthMethod = method;
      return this;
    }

    /**
     * Sets {@code token_endpoint_auth_signing_alg}.
     *
     * @param alg e.g. {@code PS256}
     * @return this builder
     */
    public Builder tokenEndpointAuthSigningAlg(String alg) {
      this.tokenEndpointAuthSigningAlg = alg;
      return this;
    }

    /**
     * Sets {@code jwks_uri}.
     *
     * @param jwksUri the client's key set URL (https)
     * @return this builder
     */
    public Builder jwksUri(String jwksUri) {
      this.jwksUri = jwksUri;
      return this;
    }

    /**
     * Sets {@code jwks_uri}.
     *
     * @param jwksUri the client's key set URL (https)
     * @return this builder
     */
    public Builder jwksUri(URI jwksUri) {
      this.jwksUri = jwksUri == null ? null : jwksUri.toString();
      return this;
    }

    /**
     * Sets {@code jwks}, the client's public keys by value. Not for WSO2 IS 7, whose DCR has no
     * such member (use {@link #jwksUri(String)} there).
     *
     * @param jwks public keys only; a private or symmetric key is refused when building
     * @return this builder
     */
    public Builder jwks(JWKSet jwks) {
      this.jwks = jwks;
      return this;
    }

    /**
     * Sets {@code jwks} to the public key of a signing key ({@link Jwks#publicSetOf}): its {@code
     * kid} and {@code alg}, {@code use=sig}, and with certificates {@code x5c} and {@code x5t#S256}
     * (what RFC 8705 §2.2 {@code self_signed_tls_client_auth} matches the client certificate with).
     * The private key is never copied.
     *
     * @param key the signing key the client signs its assertions or request objects with
     * @param chain its certificate first, then the issuers; none for the bare key
     * @return this builder
     * @throws io.github.fsonboard.core.error.ValidationException when the certificate holds another
     *     key
     */
    public Builder jwks(SigningKey key, X509Certificate... chain) {
      this.jwks = Jwks.publicSetOf(key, chain);
      return this;
    }

    /**
     * Sets {@code software_statement}.
     *
     * @param softwareStatement the signed statement (JWT)
     * @return this builder
     */
    public Builder softwareStatement(String softwareStatement) {
      this.softwareStatement = softwareStatement;
      return this;
    }

    /**
     * Chooses the client id, sent as {@code ext_param_client_id} (what IS 7.0 and 7.1 read).
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Chooses the client secret, sent as {@code ext_param_client_secret}.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets {@code ext_application_owner}.
     *
     * @param owner the owning user name
     * @return this builder
     */
    public Builder applicationOwner(String owner) {
      this.applicationOwner = owner;
      return this;
    }

    /**
     * Sets {@code ext_pkce_mandatory}.
     *
     * @param mandatory whether PKCE is required
     * @return this builder
     */
    public Builder pkceMandatory(boolean mandatory) {
      this.pkceMandatory = mandatory;
      return this;
    }

    /**
     * Sets {@code ext_pkce_support_plain}.
     *
     * @param supportPlain whether the {@code plain} challenge method is accepted
     * @return this builder
     */
    public Builder pkceSupportPlain(boolean supportPlain) {
      this.pkceSupportPlain = supportPlain;
      return this;
    }

    /**
     * Sets {@code ext_public_client}.
     *
     * @param publicClient whether the client has no secret
     * @return this builder
     */
    public Builder publicClient(boolean publicClient) {
      this.publicClient = publicClient;
      return this;
    }

    /**
     * Sets {@code ext_token_type}.
     *
     * @param tokenType e.g. {@code JWT} or {@code Default}
     * @return this builder
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = tokenType;
      return this;
    }

    /**
     * Sets {@code ext_application_token_lifetime}.
     *
     * @param seconds the lifetime
     * @return this builder
     */
    public Builder applicationTokenLifetime(long seconds) {
      this.applicationTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets {@code ext_user_token_lifetime}.
     *
     * @param seconds the lifetime
     * @return this builder
     */
    public Builder userTokenLifetime(long seconds) {
      this.userTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets {@code ext_refresh_token_lifetime}.
     *
     * @param seconds the lifetime
     * @return this builder
     */
    public Builder refreshTokenLifetime(long seconds) {
      this.refreshTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets {@code ext_id_token_lifetime}.
     *
     * @param seconds the lifetime
     * @return this builder
     */
    public Builder idTokenLifetime(long seconds) {
      this.idTokenLifetime = seconds;
      return this;
    }

    /**
     * Sets {@code tls_client_auth_subject_dn}.
     *
     * @param dn the DN, exactly as the server compares it (for WSO2 IS: see {@link #subjectDnOf})
     * @return this builder
     */
    public Builder tlsClientAuthSubjectDn(String dn) {
      this.tlsClientAuthSubjectDn = dn;
      return this;
    }

    /**
     * Sets {@code tls_client_auth_subject_dn} from a certificate's subject, in the form WSO2 IS
     * matches (see {@link ClientRegistrationRequest#subjectDnOf}).
     *
     * @param certificate the client certificate
     * @return this builder
     */
    public Builder tlsClientAuthSubjectDn(X509Certificate certificate) {
      this.tlsClientAuthSubjectDn = subjectDnOf(certificate);
      return this;
    }

    /**
     * Sets {@code require_pushed_authorization_requests}.
     *
     * @param required whether PAR is required
     * @return this builder
     */
    public Builder requirePushedAuthorizationRequests(boolean required) {
      this.requirePushedAuthorizationRequests = required;
      return this;
    }

    /**
     * Sets {@code tls_client_certificate_bound_access_tokens}.
     *
     * @param bound whether tokens are bound to the client certificate (RFC 8705)
     * @return this builder
     */
    public Builder tlsClientCertificateBoundAccessTokens(boolean bound) {
      this.tlsClientCertificateBoundAccessTokens = bound;
      return this;
    }

    /**
     * Sets {@code id_token_signed_response_alg}.
     *
     * @param alg e.g. {@code PS256}
     * @return this builder
     */
    public Builder idTokenSignedResponseAlg(String alg) {
      this.idTokenSignedResponseAlg = alg;
      return this;
    }

    /**
     * Sets {@code request_object_signing_alg}.
     *
     * @param alg e.g. {@code PS256}
     * @return this builder
     */
    public Builder requestObjectSigningAlg(String alg) {
      this.requestObjectSigningAlg = alg;
      return this;
    }

    /**
     * Adds a member this record does not model (e.g. {@code response_types}, {@code contacts}).
     *
     * @param name the wire name
     * @param value a JSON-compatible value (String, Boolean, Number, List, Map)
     * @return this builder
     */
    public Builder metadata(String name, Object value) {
      this.additionalMetadata.put(name, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every invalid member
     */
    public ClientRegistrationRequest build() {
      return new ClientRegistrationRequest(
          clientName,
          redirectUris,
          grantTypes,
          tokenEndpointAuthMethod,
          tokenEndpointAuthSigningAlg,
          jwksUri,
          jwks,
          softwareStatement,
          clientId,
          clientSecret,
          applicationOwner,
          pkceMandatory,
          pkceSupportPlain,
          publicClient,
          tokenType,
          applicationTokenLifetime,
          userTokenLifetime,
          refreshTokenLifetime,
          idTokenLifetime,
          tlsClientAuthSubjectDn,
          requirePushedAuthorizationRequests,
          tlsClientCertificateBoundAccessTokens,
          idTokenSignedResponseAlg,
          requestObjectSigningAlg,
          additionalMetadata);
    }
  }
}
