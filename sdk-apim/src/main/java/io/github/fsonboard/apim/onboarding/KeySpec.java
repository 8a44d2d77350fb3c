package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import io.github.fsonboard.core.oauth.GrantType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How one key type (PRODUCTION or SANDBOX) of a TPP application is generated: the Developer
 * Portal's "Generate Keys" form for an fsKeyManager. Given through {@link
 * TppOnboarding.Builder#keys(KeyType, java.util.function.Consumer)}.
 *
 * <pre>{@code
 * .keys(KeyType.PRODUCTION, k -> k
 *     .grantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS)
 *     .callbackUrl("https://tpp.example/cb")
 *     .pkceMandatory(true)
 *     .regulatory(true)
 *     .certificate(pem))
 * }</pre>
 *
 * @param keyType PRODUCTION or SANDBOX
 * @param keyManager the key manager's name, or null for the onboarding's default
 * @param grantTypes the grant types the OAuth client supports
 * @param callbackUrl the redirect URI (required with {@code authorization_code})
 * @param scopes the scopes of the token generated with the keys ({@code default} by default)
 * @param validitySeconds that token's validity
 * @param properties the fsKeyManager application properties (regulatory, certificate, PKCE, token
 *     lifetimes)
 */
public record KeySpec(
    KeyType keyType,
    String keyManager,
    List<String> grantTypes,
    String callbackUrl,
    List<String> scopes,
    long validitySeconds,
    FsApplicationProperties properties) {

  /**
   * Copies the lists.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming each list that holds {@code
   *     null}
   */
  public KeySpec {
    Validation v = new Validation();
    Elements.requireNoNull(v, "grantTypes", grantTypes);
    Elements.requireNoNull(v, "scopes", scopes);
    v.throwIfInvalid();
    grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
    scopes = scopes == null ? List.of("default") : List.copyOf(scopes);
  }

  /**
   * Starts a builder (defaults: {@code client_credentials}, not regulatory, scope {@code default},
   * one hour validity).
   *
   * @param keyType PRODUCTION or SANDBOX
   * @return a builder
   */
  public static Builder builder(KeyType keyType) {
    return new Builder(keyType);
  }

  /**
   * The generate-keys request for this spec; validates it.
   *
   * @param defaultKeyManager the key manager to use when this spec names none
   * @return the request
   * @throws io.github.fsonboard.core.error.ValidationException listing the request's problems
   */
  public KeyGenerationRequest toRequest(String defaultKeyManager) {
    return KeyGenerationRequest.builder()
        .keyType(keyType)
        .keyManager(keyManager == null ? defaultKeyManager : keyManager)
        .grantTypes(grantTypes)
        .callbackUrl(callbackUrl)
        .scopes(scopes.toArray(String[]::new))
        .validityTime(validitySeconds)
        .fsProperties(properties)
        .build();
  }

  /** Builds a {@link KeySpec}; every value is checked later, all at once. Not thread-safe. */
  public static final class Builder {
    private final KeyType keyType;
    private String keyManager;
    private List<String> grantTypes = List.of(GrantType.CLIENT_CREDENTIALS);
    private String callbackUrl;
    private List<String> scopes = List.of("default");
    private long validitySeconds = 3600;
    private final FsApplicationProperties.Builder props =
        FsApplicationProperties.builder().regulatory(false);

    Builder(KeyType keyType) {
      this.keyType = keyType;
    }

    /**
     * Uses another key manager than the onboarding's default for this key type.
     *
     * @param name the key manager's name
     * @return this builder
     */
    public Builder keyManager(String name) {
      this.keyManager = name;
      return this;
    }

    /**
     * Sets the grant types (default {@code client_credentials}).
     *
     * @param grantTypes e.g. {@link GrantType#AUTHORIZATION_CODE}
     * @return this builder
     */
    public Builder grantTypes(String... grantTypes) {
      this.grantTypes = Elements.of(grantTypes);
      return this;
    }

    /**
     * Sets the grant types (default {@code client_credentials}).
     *
     * @param grantTypes the grant types
     * @return this builder
     */
    public Builder grantTypes(List<String> grantTypes) {
      this.grantTypes = grantTypes == null ? null : new ArrayList<>(grantTypes);
      return this;
    }

    /**
     * Sets the callback (redirect) URL; must be https with {@code authorization_code}.
     *
     * @param url the URL
     * @return this builder
     */
    public Builder callbackUrl(String url) {
      this.callbackUrl = url;
      return this;
    }

    /**
     * Makes PKCE mandatory ("Enable PKCE"): the server refuses an authorization request without a
     * {@code code_challenge}. Named after WSO2's {@code pkceMandatory} / {@code
     * ext_pkce_mandatory}, like {@link
     * io.github.fsonboard.apim.devportal.FsApplicationProperties.Builder#pkceMandatory} and the DCR
     * request: the flag does not turn PKCE on for the client, it makes the server require it.
     *
     * @param mandatory the flag
     * @return this builder
     */
    public Builder pkceMandatory(boolean mandatory) {
      props.pkceMandatory(mandatory);
      return this;
    }

    /**
     * Allows the PKCE {@code plain} method ("Support PKCE Plain text"); needs {@link
     * #pkceMandatory}. Named after WSO2's {@code pkceSupportPlain}.
     *
     * @param allowed the flag
     * @return this builder
     */
    public Builder pkceSupportPlain(boolean allowed) {
      props.pkceSupportPlain(allowed);
      return this;
    }

    /**
     * Lets the client authenticate without its secret.
     *
     * @param publicClient the flag
     * @return this builder
     */
    public Builder publicClient(boolean publicClient) {
      props.publicClient(publicClient);
      return this;
    }

    /**
     * Marks the application regulatory (Open Banking); needs a certificate and {@code
     * authorization_code}. Default false.
     *
     * @param regulatory the flag
     * @return this builder
     */
    public Builder regulatory(boolean regulatory) {
      props.regulatory(regulatory);
      return this;
    }

    /**
     * Sets the application certificate.
     *
     * @param pem a PEM X.509 certificate, valid now
     * @return this builder
     */
    public Builder certificate(String pem) {
      props.certificate(pem);
      return this;
    }

    /**
     * Sets the scopes of the token generated with the keys (default {@code default}).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      this.scopes = Elements.of(scopes);
      return this;
    }

    /**
     * Sets the validity of the token generated with the keys (default one hour).
     *
     * @param validity the validity
     * @return this builder
     */
    public Builder validity(Duration validity) {
      this.validitySeconds = validity.toSeconds();
      return this;
    }

    /**
     * Sets the application (client credentials) token lifetime.
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder applicationTokenLifetime(Duration lifetime) {
      props.applicationTokenLifetime(Long.toString(lifetime.toSeconds()));
      return this;
    }

    /**
     * Sets the user (authorization code) token lifetime.
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder userTokenLifetime(Duration lifetime) {
      props.userTokenLifetime(Long.toString(lifetime.toSeconds()));
      return this;
    }

    /**
     * Sets the refresh token lifetime.
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder refreshTokenLifetime(Duration lifetime) {
      props.refreshTokenLifetime(Long.toString(lifetime.toSeconds()));
      return this;
    }

    /**
     * Sets the ID token lifetime.
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder idTokenLifetime(Duration lifetime) {
      props.idTokenLifetime(Long.toString(lifetime.toSeconds()));
      return this;
    }

    /**
     * Builds the spec; only a list holding {@code null} is refused here, the rest is checked by
     * {@link TppOnboarding#validate()}.
     *
     * @return the spec
     * @throws io.github.fsonboard.core.error.ValidationException naming each list that holds {@code
     *     null}
     */
    public KeySpec build() {
      return new KeySpec(
          keyType, keyManager, grantTypes, callbackUrl, scopes, validitySeconds, props.build());
    }
  }
}
