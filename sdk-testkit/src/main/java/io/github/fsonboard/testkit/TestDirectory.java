package io.github.fsonboard.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.testkit.internal.FsDcrState;
import io.github.fsonboard.testkit.internal.KeyMaterial;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A software directory for tests (like the Open Banking directory): issues software statement
 * assertions for test TPPs, signed by a directory key whose JWKS the emulator's FS gateway serves
 * and trusts, publishes each software's signing JWKS, and issues transport certificates from a CA
 * the gateway trusts. Get it from {@link Wso2Emulator#directory()}.
 *
 * <pre>{@code
 * TestSoftware tpp = emulator.directory().software("tppSoftware1").roles("AISP").issue();
 * // tpp.ssa(), tpp.signingKey()/keyId(), tpp.transportCertificatePem()/transportPrivateKeyPem()
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class TestDirectory {
  private final FsDcrState state;
  private final String gatewayBase;

  TestDirectory(FsDcrState state, String gatewayBase) {
    this.state = state;
    this.gatewayBase = gatewayBase;
  }

  /**
   * The SSA issuer FS accepts (FS's default SSAIssuerValidator allowed value).
   *
   * @return {@code OpenBanking Ltd}
   */
  public String issuer() {
    return FsDcrState.DIRECTORY_ISSUER;
  }

  /**
   * Where the directory's SSA signing keys are published.
   *
   * @return the JWKS URL
   */
  public String jwksUrl() {
    return gatewayBase + "/directory/jwks";
  }

  /**
   * The CA that signs the transport and signing certificates; the FS gateway trusts it.
   *
   * @return the CA certificate
   */
  public X509Certificate caCertificate() {
    return state.caCertificate();
  }

  /**
   * Starts a software.
   *
   * @param softwareId the software id ({@code ^[0-9a-zA-Z]{1,22}$})
   * @return a builder
   */
  public SoftwareBuilder software(String softwareId) {
    if (softwareId == null || !softwareId.matches("[0-9a-zA-Z]{1,22}")) {
      throw new IllegalArgumentException("softwareId must match ^[0-9a-zA-Z]{1,22}$");
    }
    return new SoftwareBuilder(softwareId);
  }

  /**
   * Issues a fresh SSA (new {@code jti}) for a software, keeping its keys, certificates and claims:
   * what a TPP fetches from its directory before an update, since FS refuses an SSA whose {@code
   * jti} it has seen.
   *
   * @param software the software
   * @return the software with a new SSA
   */
  public TestSoftware reissue(TestSoftware software) {
    try {
      JWTClaimsSet old = SignedJWT.parse(software.ssa()).getJWTClaimsSet();
      JWTClaimsSet fresh =
          new JWTClaimsSet.Builder(old)
              .jwtID(UUID.randomUUID().toString())
              .issueTime(new Date())
              .build();
      return new TestSoftware(
          software.softwareId(),
          sign(fresh, state.directoryKeys()),
          software.signingKey(),
          software.keyId(),
          software.algorithm(),
          software.signingCertificate(),
          software.transportCertificate(),
          software.transportKey(),
          software.jwksUrl());
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException("Not an SSA of this directory", e);
    }
  }

  private static String sign(JWTClaimsSet claims, KeyPair keys) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.PS256)
                .keyID(FsDcrState.DIRECTORY_KID)
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(keys.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the SSA", e);
    }
    return jwt.serialize();
  }

  /** Describes one software before it is issued. Not thread-safe. */
  public final class SoftwareBuilder {
    private final String softwareId;
    private List<String> redirectUris;
    private List<String> roles = List.of("AISP", "PISP");
    private String organisationId = "0015800001HQQrZAAX";
    private String clientName;
    private String algorithm = "PS256";
    private Instant expiresAt;
    private String issuer = FsDcrState.DIRECTORY_ISSUER;
    private boolean unknownKey;

    private SoftwareBuilder(String softwareId) {
      this.softwareId = softwareId;
      this.redirectUris = List.of(host() + "/callback");
      this.clientName = softwareId + " TPP";
    }

    private String host() {
      return "https://" + softwareId.toLowerCase(Locale.ROOT) + ".tpp.example";
    }

    /**
     * Sets the SSA's {@code software_redirect_uris} (default {@code
     * https://<softwareid>.tpp.example/callback}).
     *
     * @param uris the URIs
     * @return this builder
     */
    public SoftwareBuilder redirectUris(String... uris) {
      this.redirectUris = List.of(uris);
      return this;
    }

    /**
     * Sets {@code software_roles}.
     *
     * @param roles e.g. {@code AISP}, {@code PISP}, {@code CBPII}
     * @return this builder
     */
    public SoftwareBuilder roles(String... roles) {
      this.roles = List.of(roles);
      return this;
    }

    /**
     * Sets {@code org_id}.
     *
     * @param organisationId the organisation
     * @return this builder
     */
    public SoftwareBuilder organisation(String organisationId) {
      this.organisationId = organisationId;
      return this;
    }

    /**
     * Sets {@code software_client_name}.
     *
     * @param name the name
     * @return this builder
     */
    public SoftwareBuilder clientName(String name) {
      this.clientName = name;
      return this;
    }

    /**
     * Sets the software signing algorithm (default {@code PS256}).
     *
     * @param algorithm {@code PS256} (RSA key) or {@code ES256} (P-256 key)
     * @return this builder
     */
    public SoftwareBuilder algorithm(String algorithm) {
      if (!List.of("PS256", "ES256").contains(algorithm)) {
        throw new IllegalArgumentException("algorithm must be PS256 or ES256");
      }
      this.algorithm = algorithm;
      return this;
    }

    /**
     * Gives the SSA an {@code exp} (default: none), e.g. in the past for an expired SSA.
     *
     * @param expiresAt the expiry
     * @return this builder
     */
    public SoftwareBuilder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the SSA's {@code iss} (default {@link TestDirectory#issuer()}), e.g. another directory
     * FS does not accept.
     *
     * @param issuer the issuer
     * @return this builder
     */
    public SoftwareBuilder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Signs the SSA with a key the FS server does not trust (a foreign directory's).
     *
     * @return this builder
     */
    public SoftwareBuilder signedByUnknownKey() {
      this.unknownKey = true;
      return this;
    }

    /**
     * Generates the software's keys and certificates, publishes its JWKS and issues the SSA.
     *
     * @return the software
     */
    public TestSoftware issue() {
      try {
        KeyPair signing = keys(algorithm);
        KeyPair transport = keys("ES256");
        String kid = UUID.randomUUID().toString();
        X509Certificate signingCert =
            KeyMaterial.issue(
                "CN=" + softwareId + " signing,O=" + organisationId,
                signing.getPublic(),
                state.caCertificate(),
                state.caKeys(),
                false,
                false,
                Duration.ofDays(2));
        X509Certificate transportCert =
            KeyMaterial.issue(
                "CN=" + softwareId + ",O=" + organisationId,
                transport.getPublic(),
                state.caCertificate(),
                state.caKeys(),
                false,
                true,
                Duration.ofDays(2));
        state.softwareJwks.put(softwareId, new JWKSet(publicJwk(signing, kid, signingCert)));
        String jwksUrl = gatewayBase + "/directory/software/" + softwareId + "/jwks";
        JWTClaimsSet.Builder c =
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(new Date())
                .jwtID(UUID.randomUUID().toString())
                .claim("software_environment", "sandbox")
                .claim("software_id", softwareId)
                .claim("software_client_id", softwareId)
                .claim("software_client_name", clientName)
                .claim("software_roles", new ArrayList<>(roles))
                .claim("software_redirect_uris", new ArrayList<>(redirectUris))
                .claim("software_jwks_endpoint", jwksUrl)
                .claim("software_logo_uri", host() + "/logo.png")
                .claim("software_client_uri", host())
                .claim("software_policy_uri", host() + "/policy")
                .claim("software_tos_uri", host() + "/tos")
                .claim("org_id", organisationId)
                .claim("org_name", clientName);
        if (expiresAt != null) {
          c.expirationTime(Date.from(expiresAt));
        }
        KeyPair ssaKeys = unknownKey ? keys("PS256") : state.directoryKeys();
        return new TestSoftware(
            softwareId,
            sign(c.build(), ssaKeys),
            signing.getPrivate(),
            kid,
            algorithm,
            signingCert,
            transportCert,
            transport.getPrivate(),
            jwksUrl);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Cannot generate keys for " + softwareId, e);
      }
    }
  }

  private static KeyPair keys(String algorithm) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm.startsWith("ES") ? "EC" : "RSA");
    g.initialize(algorithm.startsWith("ES") ? 256 : 2048);
    return g.generateKeyPair();
  }

  private static JWK publicJwk(KeyPair keys, String kid, X509Certificate cert)
      throws CertificateEncodingException {
    List<Base64> x5c = List.of(Base64.encode(cert.getEncoded()));
    if (keys.getPublic() instanceof ECPublicKey ec) {
      return new ECKey.Builder(Curve.P_256, ec)
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .x509CertChain(x5c)
          .build();
    }
    return new RSAKey.Builder((RSAPublicKey) keys.getPublic())
        .keyID(kid)
        .keyUse(KeyUse.SIGNATURE)
        .x509CertChain(x5c)
        .build();
  }
}
