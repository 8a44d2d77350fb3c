package io.github.fsonboard.apim.fsdcr;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a TPP asks for when it registers (or updates) by FS DCR. The SDK turns it into the signed
 * registration request: {@code iss} is the SSA's {@code software_id}, {@code iat}/{@code exp}/
 * {@code jti} are set at signing time.
 *
 * <pre>{@code
 * RegistrationRequest request = RegistrationRequest.builder(SoftwareStatement.parse(ssa))
 *     .audience("0015800001HQQrZAAX")
 *     .scopes("accounts", "payments")
 *     .build();   // redirect URIs default to the SSA's
 * }</pre>
 *
 * @param softwareStatement the SSA
 * @param audience {@code aud}: the ASPSP's identifier at the directory
 * @param redirectUris {@code redirect_uris}; each must be one of the SSA's
 * @param grantTypes {@code grant_types}
 * @param responseTypes {@code response_types}, empty to leave out
 * @param tokenEndpointAuthMethod {@code token_endpoint_auth_method}
 * @param tokenEndpointAuthSigningAlg {@code token_endpoint_auth_signing_alg}, or null for the
 *     signing key's algorithm
 * @param idTokenSignedResponseAlg {@code id_token_signed_response_alg}
 * @param requestObjectSigningAlg {@code request_object_signing_alg}
 * @param scopes the scopes, sent space-separated as {@code scope}
 * @param applicationType {@code application_type}
 * @param extraClaims further claims sent as given (e.g. {@code tls_client_auth_subject_dn})
 */
public record RegistrationRequest(
    SoftwareStatement softwareStatement,
    String audience,
    List<String> redirectUris,
    List<String> grantTypes,
    List<String> responseTypes,
    TokenEndpointAuthMethod tokenEndpointAuthMethod,
    String tokenEndpointAuthSigningAlg,
    String idTokenSignedResponseAlg,
    String requestObjectSigningAlg,
    List<String> scopes,
    String applicationType,
    Map<String, Object> extraClaims) {

  /** Checks the components, naming every missing one and every list that holds {@code null}. */
  public RegistrationRequest {
    Validation v = new Validation();
    v.require(softwareStatement != null, "software_statement", "is required");
    v.require(audience != null && !audience.isBlank(), "aud", "is required");
    v.require(redirectUris != null && !redirectUris.isEmpty(), "redirect_uris", "is required");
    v.require(grantTypes != null && !grantTypes.isEmpty(), "grant_types", "is required");
    v.require(tokenEndpointAuthMethod != null, "token_endpoint_auth_method", "is required");
    v.require(idTokenSignedResponseAlg != null, "id_token_signed_response_alg", "is required");
    v.require(requestObjectSigningAlg != null, "request_object_signing_alg", "is required");
    v.require(scopes != null && !scopes.isEmpty(), "scope", "is required");
    v.require(
        applicationType != null && !applicationType.isBlank(), "application_type", "is required");
    Elements.requireNoNull(v, "redirect_uris", redirectUris);
    Elements.requireNoNull(v, "grant_types", grantTypes);
    Elements.requireNoNull(v, "response_types", responseTypes);
    Elements.requireNoNull(v, "scope", scopes);
    v.throwIfInvalid();
    redirectUris = List.copyOf(redirectUris);
    grantTypes = List.copyOf(grantTypes);
    responseTypes = responseTypes == null ? List.of() : List.copyOf(responseTypes);
    scopes = List.copyOf(scopes);
    extraClaims =
        extraClaims == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraClaims));
  }

  /**
   * Starts a request for a software statement.
   *
   * @param softwareStatement the SSA
   * @return a builder with FS's usual defaults: the SSA's redirect URIs, grants {@code
   *     client_credentials}, {@code authorization_code}, {@code refresh_token}, response type
   *     {@code code id_token}, {@code private_key_jwt}, {@code PS256} for ID tokens and request
   *     objects, application type {@code web}
   */
  public static Builder builder(SoftwareStatement softwareStatement) {
    return new Builder(softwareStatement);
  }

  /**
   * A builder starting from this request (e.g. to change the scopes for an update).
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(softwareStatement);
    b.audience = audience;
    b.redirectUris = new ArrayList<>(redirectUris);
    b.grantTypes = new ArrayList<>(grantTypes);
    b.responseTypes = new ArrayList<>(responseTypes);
    b.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
    b.tokenEndpointAuthSigningAlg = tokenEndpointAuthSigningAlg;
    b.idTokenSignedResponseAlg = idTokenSignedResponseAlg;
    b.requestObjectSigningAlg = requestObjectSigningAlg;
    b.scopes = new ArrayList<>(scopes);
    b.applicationType = applicationType;
    b.extraClaims = new LinkedHashMap<>(extraClaims);
    return b;
  }

  /** Builds a {@link RegistrationRequest}. Not thread-safe. */
  public static final class Builder {
    private final SoftwareStatement softwareStatement;
    private String audience;
    private List<String> redirectUris;
    private List<String> grantTypes =
        List.of("client_credentials", "authorization_code", "refresh_token");
    private List<String> responseTypes = List.of("code id_token");
    private TokenEndpointAuthMethod tokenEndpointAuthMethod =
        TokenEndpointAuthMethod.PRIVATE_KEY_JWT;
    private String tokenEndpointAuthSigningAlg;
    private String idTokenSignedResponseAlg = "PS256";
    private String requestObjectSigningAlg = "PS256";
    private List<String> scopes = List.of();
    private String applicationType = "web";
    private Map<String, Object> extraClaims = new LinkedHashMap<>();

    private Builder(SoftwareStatement softwareStatement) {
      this.softwareStatement = softwareStatement;
      this.redirectUris = softwareStatement == null ? List.of() : softwareStatement.redirectUris();
    }

    /**
     * Sets {@code aud}.
     *
     * @param audience the ASPSP's identifier
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /**
     * Sets the redirect URIs (default: all of the SSA's).
     *
     * @param uris the URIs
     * @return this builder
     */
    public Builder redirectUris(String... uris) {
      this.redirectUris = Elements.of(uris);
      return this;
    }

    /**
     * Sets the grant types.
     *
     * @param grants the grants
     * @return this builder
     */
    public Builder grantTypes(String... grants) {
      this.grantTypes = Elements.of(grants);
      return this;
    }

    /**
     * Sets the response types (none to leave them out).
     *
     * @param types the types
     * @return this builder
     */
    public Builder responseTypes(String... types) {
      this.responseTypes = Elements.of(types);
      return this;
    }

    /**
     * Sets how the client authenticates at the token endpoint.
     *
     * @param method the method
     * @return this builder
     */
    public Builder tokenEndpointAuthMethod(TokenEndpointAuthMethod method) {
      this.tokenEndpointAuthMethod = method;
      return this;
    }

    /**
     * Sets {@code token_endpoint_auth_signing_alg} (default: the signing key's algorithm).
     *
     * @param alg the algorithm
     * @return this builder
     */
    public Builder tokenEndpointAuthSigningAlg(String alg) {
      this.tokenEndpointAuthSigningAlg = alg;
      return this;
    }

    /**
     * Sets {@code id_token_signed_response_alg}.
     *
     * @param alg the algorithm
     * @return this builder
     */
    public Builder idTokenSignedResponseAlg(String alg) {
      this.idTokenSignedResponseAlg = alg;
      return this;
    }

    /**
     * Sets {@code request_object_signing_alg}.
     *
     * @param alg the algorithm
     * @return this builder
     */
    public Builder requestObjectSigningAlg(String alg) {
      this.requestObjectSigningAlg = alg;
      return this;
    }

    /**
     * Sets the scopes.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      this.scopes = Elements.of(scopes);
      return this;
    }

    /**
     * Sets {@code application_type}.
     *
     * @param type {@code web} or {@code mobile}
     * @return this builder
     */
    public Builder applicationType(String type) {
      this.applicationType = type;
      return this;
    }

    /**
     * Adds a claim sent as given.
     *
     * @param name the claim
     * @param value its value
     * @return this builder
     */
    public Builder claim(String name, Object value) {
      this.extraClaims.put(name, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every missing field
     */
    public RegistrationRequest build() {
      return new RegistrationRequest(
          softwareStatement,
          audience,
          redirectUris,
          grantTypes,
          responseTypes,
          tokenEndpointAuthMethod,
          tokenEndpointAuthSigningAlg,
          idTokenSignedResponseAlg,
          requestObjectSigningAlg,
          scopes,
          applicationType,
          extraClaims);
    }
  }
}
