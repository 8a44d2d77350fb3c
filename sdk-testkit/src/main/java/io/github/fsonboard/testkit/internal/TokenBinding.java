package io.github.fsonboard.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What an IS access token is bound to (identity-inbound-auth-oauth {@code TokenBinding}): a client
 * certificate ({@code CertificateBasedTokenBinder}, value = the certificate's {@code x5t#S256}) or
 * a DPoP key (identity-oauth-addons {@code DPoPBasedTokenBinder}, value = the key's RFC 7638
 * thumbprint).
 *
 * @param type {@link #CERTIFICATE} or {@link #DPOP}
 * @param value the thumbprint
 */
public record TokenBinding(String type, String value) {
  /** OAuth2Constants.TokenBinderType.CERTIFICATE_BASED_TOKEN_BINDER. */
  public static final String CERTIFICATE = "certificate";

  /** DPoPConstants.DPOP_TOKEN_TYPE, the DPoP binder's type and the token type it issues. */
  public static final String DPOP = "DPoP";

  /**
   * The binding reference IS stores and shows ({@code binding_ref}): the MD5 hex of the value, as
   * OAuth2Util.getTokenBindingReference and DPoPHeaderValidator.isValidDPoP compute it.
   *
   * @return the reference
   */
  public String reference() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The {@code cnf} claim of a token with this binding: {@code x5t#S256} for a certificate
   * (JWTTokenIssuer, OAuth2IntrospectionEndpoint), {@code jkt} for DPoP (DPoPHeaderValidator
   * .setCnFValue, DPoPIntrospectionDataProvider).
   *
   * @return the claim's value
   */
  public Map<String, Object> cnf() {
    return Map.of(CERTIFICATE.equals(type) ? "x5t#S256" : "jkt", value);
  }
}
