package io.github.fsonboard.core.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.jose.Jws;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * The client's DPoP key (RFC 9449): signs a proof JWT per request ({@code typ: dpop+jwt}, the
 * public key in the {@code jwk} header; {@code jti}, {@code htm}, {@code htu}, {@code iat}, and
 * {@code nonce} and {@code ath} when known), so tokens issued to it are bound to this key. Give it
 * to {@link OAuthTokenClient.Builder#dpop(DpopKey)}; sign resource requests with {@link
 * #proof(String, URI, String, Secret)}.
 *
 * <pre>{@code
 * DpopKey dpop = DpopKey.generate();                        // a fresh P-256 key, ES256
 * OAuthTokenClient tokens = OAuthTokenClient.builder()...dpop(dpop).build();
 * TokenResponse t = tokens.request(grant);                  // token_type DPoP
 * String header = dpop.proof("GET", accountsUrl, null, t.accessToken()); // "DPoP" header
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows only the key's thumbprint.
 */
public final class DpopKey {
  /** The JWT {@code typ} of a DPoP proof (RFC 9449 §4.2). */
  public static final String TYPE = "dpop+jwt";

  private final SigningKey signingKey;
  private final JWK publicJwk;
  private final Clock clock;

  private DpopKey(SigningKey signingKey, JWK publicJwk, Clock clock) {
    this.signingKey = signingKey;
    this.publicJwk = publicJwk;
    this.clock = clock;
  }

  /**
   * Generates a fresh P-256 key ({@code ES256}).
   *
   * @return the key
   */
  public static DpopKey generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return of(g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no P-256 key generator", e);
    }
  }

  /**
   * Uses a key pair: RSA of at least 2048 bits ({@code PS256}) or P-256 ({@code ES256}).
   *
   * @param keys the key pair
   * @return the key
   * @throws ValidationException when the pair is missing, weak or of another kind
   */
  public static DpopKey of(KeyPair keys) {
    Validation.requireNonNull(keys, "dpopKey");
    SigningKey signing = SigningKey.of(keys.getPrivate(), null);
    JWK jwk;
    if (keys.getPublic() instanceof RSAPublicKey rsa) {
      jwk = new RSAKey.Builder(rsa).build();
    } else if (keys.getPublic() instanceof ECPublicKey ec
        && keys.getPrivate() instanceof ECPrivateKey) {
      jwk = new ECKey.Builder(Curve.P_256, ec).build();
    } else {
      throw new ValidationException("dpopKey", "public and private key do not form a pair");
    }
    return new DpopKey(signing, jwk, Clock.systemUTC());
  }

  /**
   * Returns this key with another clock for {@code iat} (for tests).
   *
   * @param clock the clock
   * @return the key
   */
  public DpopKey withClock(Clock clock) {
    return new DpopKey(signingKey, publicJwk, Validation.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the RFC 7638 thumbprint of the public key: the {@code dpop_jkt} of an authorization
   * request and the {@code cnf.jkt} of tokens bound to this key.
   *
   * @return the base64url SHA-256 thumbprint
   */
  public String thumbprint() {
    try {
      return publicJwk.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot compute the JWK thumbprint", e);
    }
  }

  /**
   * Signs a proof for one request (RFC 9449 §4.2).
   *
   * @param method the HTTP method ({@code htm})
   * @param uri the request URI; its query and fragment are left out of {@code htu}
   * @param nonce the server's latest {@code DPoP-Nonce}, or null
   * @param accessToken the access token the request carries ({@code ath}), or null at the token
   *     endpoint
   * @return the value of the {@code DPoP} header
   */
  public String proof(String method, URI uri, String nonce, Secret accessToken) {
    Validation.requireNonBlank(method, "htm");
    Validation.requireNonNull(uri, "htu");
    JWTClaimsSet.Builder c =
        new JWTClaimsSet.Builder()
            .jwtID(UUID.randomUUID().toString())
            .claim("htm", method)
            .claim("htu", htu(uri))
            .issueTime(Date.from(clock.instant()));
    if (nonce != null) {
      c.claim("nonce", nonce);
    }
    if (accessToken != null) {
      c.claim("ath", sha256(accessToken.reveal()));
    }
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.parse(signingKey.algorithm()))
            .type(new JOSEObjectType(TYPE))
            .jwk(publicJwk)
            .build();
    return Jws.sign(c.build(), signingKey.privateKey(), header);
  }

  private static String htu(URI uri) {
    String s = uri.toString();
    int cut = s.indexOf('?');
    if (cut < 0) {
      cut = s.indexOf('#');
    }
    return cut < 0 ? s : s.substring(0, cut);
  }

  private static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "DpopKey[jkt=" + thumbprint() + ", " + signingKey.algorithm() + "]";
  }
}
