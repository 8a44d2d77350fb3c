package io.github.fsonboard.benchmarks;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.fsonboard.core.cert.CertificatePurpose;
import io.github.fsonboard.core.cert.CertificateValidationResult;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.JwksSource;
import io.github.fsonboard.core.cert.JwtValidator;
import io.github.fsonboard.core.cert.RevocationMode;
import io.github.fsonboard.harness.TestPki;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (3) Certificate and JWT validation: the SDK validators (JWKS already cached) against bare JDK
 * PKIX and nimbus-jose-jwt code doing the same checks.
 *
 * <p>Certificate checks on both sides: PKIX path to the trust anchor, validity period, key usage
 * and extended key usage for TLS client use, key strength, signature algorithm and the leaf key
 * being in the expected JWKS. JWT checks on both sides: ES256 signature with a key from the JWKS,
 * {@code typ}, issuer, audience, expiry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  private static final String ISSUER = "https://is.bank.example:9446/oauth2/token";
  private static final String AUDIENCE = "accounts-api";

  private X509Certificate leaf;
  private Set<TrustAnchor> anchors;
  private JWKSet jwks;
  private CertificateValidator certificateValidator;
  private JwtValidator jwtValidator;
  private DefaultJWTProcessor<SecurityContext> bareJwtProcessor;
  private String jwt;

  /**
   * Generates the PKI, the JWKS and a signed JWT.
   *
   * @throws Exception on key generation failure
   */
  @Setup
  public void setUp() throws Exception {
    TestPki.Issued ca = TestPki.ca("Bench CA");
    TestPki.Issued tpp = TestPki.leaf(ca, "tpp-signing");
    leaf = tpp.certificate();
    anchors = Set.of(new TrustAnchor(ca.certificate(), null));
    ECKey jwk =
        new ECKey.Builder(Curve.P_256, (ECPublicKey) tpp.keys().getPublic())
            .keyID("tpp-key")
            .algorithm(JWSAlgorithm.ES256)
            .build();
    jwks = new JWKSet(List.<JWK>of(jwk));

    certificateValidator =
        CertificateValidator.builder()
            .trustAnchors(List.of(ca.certificate()))
            .purpose(CertificatePurpose.TLS_CLIENT)
            .revocation(RevocationMode.NONE)
            .expectedJwks(jwks)
            .build();

    SignedJWT signed =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID("tpp-key")
                .type(JOSEObjectType.JWT)
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("tpp")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(86_400)))
                .build());
    signed.sign(new ECDSASigner(tpp.keys().getPrivate(), Curve.P_256));
    jwt = signed.serialize();

    jwtValidator =
        JwtValidator.builder(JwksSource.of(jwks)).issuer(ISSUER).audience(AUDIENCE).build();

    bareJwtProcessor = new DefaultJWTProcessor<>();
    bareJwtProcessor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(jwks)));
    bareJwtProcessor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
    bareJwtProcessor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            AUDIENCE,
            new JWTClaimsSet.Builder().issuer(ISSUER).build(),
            new HashSet<>(List.of("exp"))));

    if (!sdkCertificateValidation().valid() || !bareCertificateValidation()) {
      throw new IllegalStateException("the benchmark certificate must validate on both sides");
    }
  }

  /**
   * SDK: {@link CertificateValidator#validate(X509Certificate)}.
   *
   * @return the result
   */
  @Benchmark
  public CertificateValidationResult sdkCertificateValidation() {
    return certificateValidator.validate(leaf);
  }

  /**
   * Bare JDK PKIX plus hand-written usage, strength, algorithm and JWKS checks.
   *
   * @return whether every check passed
   * @throws GeneralSecurityException when the path cannot be built
   * @throws com.nimbusds.jose.JOSEException when the leaf key cannot be expressed as a JWK
   */
  @Benchmark
  public boolean bareCertificateValidation()
      throws GeneralSecurityException, com.nimbusds.jose.JOSEException {
    leaf.checkValidity();
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(leaf);
    PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
    params.setRevocationEnabled(false);
    params.addCertStore(
        CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(leaf))));
    PKIXCertPathBuilderResult path =
        (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
    boolean[] usage = leaf.getKeyUsage();
    List<String> eku = leaf.getExtendedKeyUsage();
    boolean usable = usage != null && usage[0] && eku != null && eku.contains("1.3.6.1.5.5.7.3.2");
    ECPublicKey key = (ECPublicKey) leaf.getPublicKey();
    boolean strong = key.getParams().getCurve().getField().getFieldSize() >= 256;
    boolean algorithm = leaf.getSigAlgName().toUpperCase().contains("SHA256");
    // RFC 7638 thumbprints, as the SDK matches (a JWKS may also carry x5c / x5t#S256 forms).
    Base64URL leafThumbprint = thumbprint(JWK.parse(leaf));
    boolean inJwks = jwks.getKeys().stream().anyMatch(k -> leafThumbprint.equals(thumbprint(k)));
    return path.getTrustAnchor() != null && usable && strong && algorithm && inJwks;
  }

  private static Base64URL thumbprint(JWK key) {
    try {
      return key.toPublicJWK().computeThumbprint();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * SDK: {@link JwtValidator#validate(String)}.
   *
   * @return the claims
   */
  @Benchmark
  public JWTClaimsSet sdkJwtValidation() {
    return jwtValidator.validate(jwt);
  }

  /**
   * Bare nimbus-jose-jwt {@link DefaultJWTProcessor} with the same checks.
   *
   * @return the claims
   * @throws Exception when the token is refused
   */
  @Benchmark
  public JWTClaimsSet bareJwtValidation() throws Exception {
    return bareJwtProcessor.process(jwt, null);
  }
}
