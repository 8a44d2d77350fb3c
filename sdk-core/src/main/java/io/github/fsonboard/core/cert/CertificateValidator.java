package io.github.fsonboard.core.cert;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpFetcher;
import io.github.fsonboard.core.http.KeyStrengthPolicy;
import io.github.fsonboard.core.internal.x509.KeyChecks;
import java.net.URI;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a certificate (usually a TPP's {@code sp_certificate}, signing or transport certificate)
 * far beyond WSO2's parse-and-expiry check, and reports every check separately.
 *
 * <pre>{@code
 * CertificateValidator validator = CertificateValidator.builder()
 *     .trustAnchorsPem(Files.readString(Path.of("ob-root-ca.pem")))
 *     .intermediates(Certificates.parse(Files.readString(Path.of("ob-issuing-ca.pem"))))
 *     .purpose(CertificatePurpose.SIGNING)
 *     .revocation(RevocationMode.OCSP_THEN_CRL)
 *     .requiredRoles(Set.of(Psd2Role.PSP_AI))
 *     .expectedJwks(JwksSource.builder(URI.create("https://keystore.tpp.example/jwks")).build())
 *     .build();
 * CertificateValidationResult result = validator.validate(pemFromTheTpp);
 * if (!result.valid()) {
 *   result.failures().forEach(f -> System.err.println(f));
 * }
 * }</pre>
 *
 * <p>Checks, in order: {@link CheckName#PARSE}, {@link CheckName#VALIDITY} (with clock skew),
 * {@link CheckName#CHAIN} (PKIX to the trust anchors through intermediates), {@link
 * CheckName#KEY_USAGE}, {@link CheckName#KEY_STRENGTH}, {@link CheckName#SIGNATURE_ALGORITHM},
 * {@link CheckName#REVOCATION} (OCSP with response signature and nonce verified, and/or CRL),
 * {@link CheckName#JWKS_MATCH}, {@link CheckName#PSD2_ROLES}, then the remarks {@link
 * CheckName#PSD2_NCA} and {@link CheckName#PSD2_ROLE_NAMES}, which can {@link CheckStatus#WARN} but
 * never fail. A validity problem is reported as "expired on ..." or "not yet valid until ..." on
 * {@link CheckName#VALIDITY}, and on {@link CheckName#CHAIN} when it is why no path was built.
 *
 * <p>Revocation URLs come from the certificate, so they are contacted only when the chain check
 * passed (or was disabled): an untrusted certificate cannot make this code call arbitrary URLs.
 * Only the leaf's revocation status is checked.
 *
 * <p>Immutable and thread-safe; OCSP answers and CRLs are cached across calls.
 */
public final class CertificateValidator {
  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> intermediates;
  private final boolean chainDisabled;
  private final Clock clock;
  private final Duration skew;
  private final CertificatePurpose purpose;
  private final KeyStrengthPolicy keyPolicy;
  private final RevocationMode revocation;
  private final boolean softFail;
  private final OcspClient ocsp;
  private final CrlClient crl;
  private final Set<Psd2Role> requiredRoles;
  private final JwksSource expectedJwks;
  private final String expectedKid;

  private CertificateValidator(Builder b) {
    this.anchors = Set.copyOf(b.anchors);
    this.intermediates = List.copyOf(b.intermediates);
    this.chainDisabled = b.chainDisabled;
    this.clock = b.clock;
    this.skew = b.skew;
    this.purpose = b.purpose;
    this.keyPolicy = b.keyPolicy;
    this.revocation = b.revocation;
    this.softFail = b.softFail;
    this.ocsp =
        new OcspClient(
            b.fetcher,
            b.revocationTimeout,
            b.clock,
            b.skew,
            b.ocspNonceRequired,
            b.ocspResponder,
            b.revocationCacheTtl);
    this.crl = new CrlClient(b.fetcher, b.revocationTimeout, b.clock, b.skew, b.revocationCacheTtl);
    this.requiredRoles = Set.copyOf(b.requiredRoles);
    this.expectedJwks = b.expectedJwks;
    this.expectedKid = b.expectedKid;
  }

  /**
   * Starts a validator configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses and validates certificate text (PEM, chain, or bare base64 as WSO2 accepts). A parse
   * failure is reported as a failed {@link CheckName#PARSE} check, not thrown.
   *
   * @param text the certificate, optionally followed by its intermediates
   * @return the result of every check
   */
  public CertificateValidationResult validate(String text) {
    List<X509Certificate> chain;
    try {
      chain = Certificates.parse(text);
    } catch (ValidationException e) {
      return CertificateValidationResult.of(
          List.of(CheckResult.fail(CheckName.PARSE, e.getMessage())), null);
    }
    return validate(chain);
  }

  /**
   * Validates one certificate.
   *
   * @param leaf the certificate
   * @return the result of every check
   * @throws ValidationException naming {@code certificate} when {@code leaf} is null
   */
  public CertificateValidationResult validate(X509Certificate leaf) {
    Validation.requireNonNull(leaf, "certificate");
    return validate(List.of(leaf));
  }

  /**
   * Validates a certificate with the chain it came with.
   *
   * @param chain the leaf first, then intermediates in any order
   * @return the result of every check
   * @throws ValidationException naming {@code certificate} when the chain is null or empty
   */
  public CertificateValidationResult validate(List<X509Certificate> chain) {
    if (chain == null || chain.isEmpty() || chain.stream().anyMatch(Objects::isNull)) {
      throw new ValidationException("certificate", "is required");
    }
    X509Certificate leaf = chain.get(0);
    List<CheckResult> results = new ArrayList<>();
    results.add(CheckResult.pass(CheckName.PARSE, "X.509 v" + leaf.getVersion() + " certificate"));
    results.add(validity(leaf));
    ChainOutcome chainOutcome = chain(chain);
    results.add(chainOutcome.result());
    results.add(keyUsage(leaf));
    List<X509Certificate> signedCerts = chainOutcome.path().isEmpty() ? chain : chainOutcome.path();
    results.add(keyStrength(signedCerts, chainOutcome.anchorCert()));
    results.add(signatureAlgorithms(signedCerts));
    results.add(revocation(leaf, chainOutcome));
    results.add(jwksMatch(leaf));
    Psd2Attributes psd2 = null;
    CheckResult roles;
    boolean unreadable = false;
    try {
      psd2 = QcStatements.psd2Attributes(leaf).orElse(null);
      roles = roles(psd2);
    } catch (ValidationException e) {
      unreadable = true;
      roles = CheckResult.fail(CheckName.PSD2_ROLES, e.getMessage());
    }
    results.add(roles);
    results.add(Psd2Remarks.nca(psd2, unreadable));
    results.add(Psd2Remarks.roleNames(psd2, unreadable));
    return CertificateValidationResult.of(results, psd2);
  }

  private CheckResult validity(X509Certificate leaf) {
    Instant now = clock.instant();
    Instant notBefore = leaf.getNotBefore().toInstant();
    Instant notAfter = leaf.getNotAfter().toInstant();
    String problem = validityProblem(leaf, now, skew);
    if (problem != null) {
      return CheckResult.fail(CheckName.VALIDITY, problem);
    }
    return CheckResult.pass(CheckName.VALIDITY, "valid from " + notBefore + " to " + notAfter);
  }

  /**
   * Says why a certificate is outside its validity at {@code at}, in the words an operator uses.
   *
   * @return "expired on ..." or "not yet valid until ...", or null when it is valid
   */
  private static String validityProblem(X509Certificate cert, Instant at, Duration skew) {
    Instant notBefore = cert.getNotBefore().toInstant();
    Instant notAfter = cert.getNotAfter().toInstant();
    if (at.plus(skew).isBefore(notBefore)) {
      return "not yet valid until " + notBefore;
    }
    if (at.minus(skew).isAfter(notAfter)) {
      return "expired on " + notAfter;
    }
    return null;
  }

  /**
   * Explains a failed path build by the first certificate on the issuing line (leaf, then its
   * issuers among the chain, intermediates and anchors) that is outside its validity; the JDK's
   * path-building text says only that no path was found.
   */
  private String expiryOnIssuingLine(List<X509Certificate> chain) {
    List<X509Certificate> pool = new ArrayList<>(chain);
    pool.addAll(intermediates);
    for (TrustAnchor a : anchors) {
      if (a.getTrustedCert() != null) {
        pool.add(a.getTrustedCert());
      }
    }
    Instant at = clock.instant();
    X509Certificate current = chain.get(0);
    for (int depth = 0; current != null && depth < 10; depth++) {
      String problem = validityProblem(current, at, skew);
      if (problem != null) {
        return depth == 0
            ? "the certificate " + problem
            : "issuer " + current.getSubjectX500Principal().getName() + " " + problem;
      }
      if (current.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
        return null;
      }
      X509Certificate child = current;
      current =
          pool.stream()
              .filter(c -> c.getSubjectX500Principal().equals(child.getIssuerX500Principal()))
              .findFirst()
              .orElse(null);
    }
    return null;
  }

  private record ChainOutcome(
      CheckResult result,
      List<X509Certificate> path,
      X509Certificate anchorCert,
      X509Certificate issuer) {}

  private ChainOutcome chain(List<X509Certificate> chain) {
    X509Certificate leaf = chain.get(0);
    if (chainDisabled) {
      return new ChainOutcome(
          CheckResult.skipped(CheckName.CHAIN, "chain validation disabled by configuration"),
          List.of(),
          null,
          findIssuer(leaf, chain));
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(leaf);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(pkixInstant(leaf)));
      List<X509Certificate> pool = new ArrayList<>(chain);
      pool.addAll(intermediates);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
      PKIXCertPathBuilderResult r =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
      List<X509Certificate> path = new ArrayList<>();
      for (Certificate c : r.getCertPath().getCertificates()) {
        path.add((X509Certificate) c);
      }
      X509Certificate anchor = r.getTrustAnchor().getTrustedCert();
      X509Certificate issuer = path.size() > 1 ? path.get(1) : anchor;
      String anchorName =
          anchor != null
              ? anchor.getSubjectX500Principal().getName()
              : r.getTrustAnchor().getCAName();
      return new ChainOutcome(
          CheckResult.pass(
              CheckName.CHAIN,
              "path of " + path.size() + " certificate(s) to trust anchor " + anchorName),
          path,
          anchor,
          issuer);
    } catch (Exception e) {
      // CertPathBuilder throws checked and, on odd certificates, runtime exceptions.
      String expiry = expiryOnIssuingLine(chain);
      String reason =
          expiry != null
              ? expiry
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new ChainOutcome(
          CheckResult.fail(CheckName.CHAIN, "no trusted path: " + reason), List.of(), null, null);
    }
  }

  /** Evaluates PKIX inside the leaf's validity when only clock skew puts it outside. */
  private Instant pkixInstant(X509Certificate leaf) {
    Instant now = clock.instant();
    Instant notBefore = leaf.getNotBefore().toInstant();
    Instant notAfter = leaf.getNotAfter().toInstant();
    if (now.isBefore(notBefore) && !now.plus(skew).isBefore(notBefore)) {
      return notBefore;
    }
    if (now.isAfter(notAfter) && !now.minus(skew).isAfter(notAfter)) {
      return notAfter;
    }
    return now;
  }

  private X509Certificate findIssuer(X509Certificate leaf, List<X509Certificate> chain) {
    List<X509Certificate> pool = new ArrayList<>(chain.subList(1, chain.size()));
    pool.addAll(intermediates);
    for (TrustAnchor a : anchors) {
      if (a.getTrustedCert() != null) {
        pool.add(a.getTrustedCert());
      }
    }
    for (X509Certificate candidate : pool) {
      if (candidate.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
        try {
          leaf.verify(candidate.getPublicKey());
          return candidate;
        } catch (Exception e) {
          // not this one
        }
      }
    }
    return null;
  }

  private CheckResult keyUsage(X509Certificate leaf) {
    if (purpose == CertificatePurpose.ANY) {
      return CheckResult.skipped(CheckName.KEY_USAGE, "no purpose configured");
    }
    String problem = KeyChecks.usageProblem(leaf, purpose == CertificatePurpose.TLS_CLIENT);
    return problem == null
        ? CheckResult.pass(CheckName.KEY_USAGE, "usable for " + purpose)
        : CheckResult.fail(CheckName.KEY_USAGE, problem);
  }

  private CheckResult keyStrength(List<X509Certificate> certs, X509Certificate anchor) {
    List<X509Certificate> all = new ArrayList<>(certs);
    if (anchor != null) {
      all.add(anchor);
    }
    for (X509Certificate c : all) {
      String problem =
          KeyChecks.keyProblem(c.getPublicKey(), keyPolicy.minRsaBits(), keyPolicy.minEcBits());
      if (problem != null) {
        return CheckResult.fail(
            CheckName.KEY_STRENGTH, c.getSubjectX500Principal().getName() + ": " + problem);
      }
    }
    return CheckResult.pass(
        CheckName.KEY_STRENGTH,
        all.size()
            + " key(s) meet RSA "
            + keyPolicy.minRsaBits()
            + " / EC "
            + keyPolicy.minEcBits()
            + " bits");
  }

  private CheckResult signatureAlgorithms(List<X509Certificate> certs) {
    for (X509Certificate c : certs) {
      String problem = KeyChecks.signatureProblem(c);
      if (problem != null) {
        return CheckResult.fail(
            CheckName.SIGNATURE_ALGORITHM, c.getSubjectX500Principal().getName() + ": " + problem);
      }
    }
    return CheckResult.pass(
        CheckName.SIGNATURE_ALGORITHM, "signed with " + certs.get(0).getSigAlgName());
  }

  private CheckResult revocation(X509Certificate leaf, ChainOutcome chainOutcome) {
    if (revocation == RevocationMode.NONE) {
      return CheckResult.skipped(CheckName.REVOCATION, "revocation checking disabled");
    }
    if (chainOutcome.result().status() == CheckStatus.FAIL) {
      return CheckResult.skipped(
          CheckName.REVOCATION, "not checked: the certificate does not chain to a trust anchor");
    }
    if (leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())
        && chainOutcome.issuer() == null) {
      return CheckResult.skipped(CheckName.REVOCATION, "self-signed certificate");
    }
    X509Certificate issuer = chainOutcome.issuer();
    if (issuer == null) {
      return unavailable("issuer certificate not found among the chain, intermediates and anchors");
    }
    RevocationOutcome outcome;
    if (revocation == RevocationMode.CRL) {
      outcome = crl.check(leaf, issuer);
    } else {
      outcome = ocsp.check(leaf, issuer);
      if (revocation == RevocationMode.OCSP_THEN_CRL
          && (outcome.status() == RevocationOutcome.Status.UNAVAILABLE
              || outcome.status() == RevocationOutcome.Status.UNKNOWN)) {
        RevocationOutcome fallback = crl.check(leaf, issuer);
        outcome =
            new RevocationOutcome(
                fallback.status(), outcome.reason() + "; fell back to CRL: " + fallback.reason());
      }
    }
    return switch (outcome.status()) {
      case GOOD -> CheckResult.pass(CheckName.REVOCATION, outcome.reason());
      case REVOKED, INVALID -> CheckResult.fail(CheckName.REVOCATION, outcome.reason());
      case UNKNOWN, UNAVAILABLE -> unavailable(outcome.reason());
    };
  }

  private CheckResult unavailable(String reason) {
    return softFail
        ? CheckResult.skipped(CheckName.REVOCATION, "soft-fail: " + reason)
        : CheckResult.fail(CheckName.REVOCATION, reason);
  }

  private CheckResult jwksMatch(X509Certificate leaf) {
    if (expectedJwks == null) {
      return CheckResult.skipped(CheckName.JWKS_MATCH, "no JWKS configured");
    }
    JWKSet set;
    try {
      set = expectedJwks.keySet();
    } catch (FsOnboardException e) {
      return CheckResult.fail(CheckName.JWKS_MATCH, e.getMessage());
    }
    Optional<JwkMatch> match = Jwks.match(set, leaf);
    if (match.isEmpty()) {
      return CheckResult.fail(CheckName.JWKS_MATCH, "no key in the JWKS holds this public key");
    }
    JWK key = match.get().key();
    if (expectedKid != null && !expectedKid.equals(key.getKeyID())) {
      return CheckResult.fail(
          CheckName.JWKS_MATCH,
          "matching key has kid \"" + key.getKeyID() + "\", expected \"" + expectedKid + "\"");
    }
    return CheckResult.pass(
        CheckName.JWKS_MATCH,
        "kid \"" + key.getKeyID() + "\" matched by " + match.get().matchedBy());
  }

  private CheckResult roles(Psd2Attributes psd2) {
    if (requiredRoles.isEmpty()) {
      return CheckResult.skipped(CheckName.PSD2_ROLES, "no PSD2 roles required");
    }
    if (psd2 == null) {
      return CheckResult.fail(CheckName.PSD2_ROLES, "certificate has no PSD2 QC statement");
    }
    Set<Psd2Role> missing = EnumSet.noneOf(Psd2Role.class);
    missing.addAll(requiredRoles);
    missing.removeAll(psd2.roles());
    return missing.isEmpty()
        ? CheckResult.pass(
            CheckName.PSD2_ROLES, "roles " + psd2.roles() + " include " + requiredRoles)
        : CheckResult.fail(CheckName.PSD2_ROLES, "missing PSD2 roles " + missing);
  }

  /** Configures a {@link CertificateValidator}. Not thread-safe. */
  public static final class Builder {
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private boolean chainDisabled;
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ofMinutes(1);
    private CertificatePurpose purpose = CertificatePurpose.SIGNING;
    private KeyStrengthPolicy keyPolicy = KeyStrengthPolicy.defaults();
    private RevocationMode revocation = RevocationMode.NONE;
    private boolean softFail;
    private boolean ocspNonceRequired = true;
    private URI ocspResponder;
    private Duration revocationTimeout = Duration.ofSeconds(5);
    private Duration revocationCacheTtl = Duration.ofHours(1);
    private Set<Psd2Role> requiredRoles = Set.of();
    private JwksSource expectedJwks;
    private String expectedKid;
    private HttpFetcher fetcher = HttpFetcher.defaults();
    private final Validation problems = new Validation();

    private Builder() {}

    /**
     * Adds trusted root (or pinned intermediate) certificates.
     *
     * @param certificates the anchors
     * @return this builder
     */
    public Builder trustAnchors(Collection<X509Certificate> certificates) {
      if (certificates == null) {
        problems.add("trustAnchors", "must not be null");
        return this;
      }
      for (X509Certificate c : certificates) {
        anchors.add(new TrustAnchor(c, null));
      }
      return this;
    }

    /**
     * Adds every certificate entry of a key store (e.g. a JKS/PKCS12 truststore) as an anchor.
     *
     * @param trustStore a loaded key store
     * @return this builder
     */
    public Builder trustAnchors(KeyStore trustStore) {
      try {
        for (String alias : Collections.list(trustStore.aliases())) {
          if (trustStore.getCertificate(alias) instanceof X509Certificate c) {
            anchors.add(new TrustAnchor(c, null));
          }
        }
      } catch (KeyStoreException | RuntimeException e) {
        problems.add("trustAnchors", "key store is not loaded or unreadable");
      }
      return this;
    }

    /**
     * Adds anchors from PEM or base64 text.
     *
     * @param pem one or more certificates
     * @return this builder
     */
    public Builder trustAnchorsPem(String pem) {
      try {
        return trustAnchors(Certificates.parse(pem));
      } catch (ValidationException e) {
        problems.add("trustAnchors", e.getMessage());
        return this;
      }
    }

    /**
     * Adds untrusted intermediate certificates used to build paths.
     *
     * @param certificates intermediate CA certificates
     * @return this builder
     */
    public Builder intermediates(Collection<X509Certificate> certificates) {
      if (certificates == null || certificates.stream().anyMatch(Objects::isNull)) {
        problems.add("intermediates", "must not be or contain null");
        return this;
      }
      intermediates.addAll(new LinkedHashSet<>(certificates));
      return this;
    }

    /**
     * Skips the chain check; reported as {@link CheckStatus#SKIPPED}. Without anchors and without
     * this call, {@link #build()} fails: trust must be a deliberate decision.
     *
     * @return this builder
     */
    public Builder withoutChainValidation() {
      this.chainDisabled = true;
      return this;
    }

    /**
     * Sets the clock, for tests or for validating "as of" a date.
     *
     * @param clock default the system UTC clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the tolerated clock difference for validity periods and OCSP/CRL dates.
     *
     * @param skew 0 to 1 hour; default 1 minute
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      this.skew = skew;
      return this;
    }

    /**
     * Sets what the key will be used for.
     *
     * @param purpose default {@link CertificatePurpose#SIGNING}
     * @return this builder
     */
    public Builder purpose(CertificatePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Sets the key strength policy.
     *
     * @param policy default {@link KeyStrengthPolicy#defaults()}
     * @return this builder
     */
    public Builder keyStrength(KeyStrengthPolicy policy) {
      this.keyPolicy = policy;
      return this;
    }

    /**
     * Sets how revocation is checked.
     *
     * @param mode default {@link RevocationMode#NONE}
     * @return this builder
     */
    public Builder revocation(RevocationMode mode) {
      this.revocation = mode;
      return this;
    }

    /**
     * Chooses soft-fail: when no revocation answer can be had (no URL, network error, unknown,
     * stale), report {@link CheckStatus#SKIPPED} instead of {@link CheckStatus#FAIL}. A revoked
     * status, a bad signature or a wrong nonce always fails.
     *
     * @param softFail default false (hard fail)
     * @return this builder
     */
    public Builder revocationSoftFail(boolean softFail) {
      this.softFail = softFail;
      return this;
    }

    /**
     * Sets whether an OCSP response without a nonce is refused. A nonce that differs from the one
     * sent is always refused.
     *
     * @param required default true
     * @return this builder
     */
    public Builder ocspNonceRequired(boolean required) {
      this.ocspNonceRequired = required;
      return this;
    }

    /**
     * Uses this OCSP responder instead of the one named in the certificate.
     *
     * @param responder an http(s) URI
     * @return this builder
     */
    public Builder ocspResponder(URI responder) {
      this.ocspResponder = responder;
      return this;
    }

    /**
     * Sets the connect/read timeout of OCSP and CRL fetches.
     *
     * @param timeout default 5 s
     * @return this builder
     */
    public Builder revocationTimeout(Duration timeout) {
      this.revocationTimeout = timeout;
      return this;
    }

    /**
     * Sets the longest time an OCSP answer or CRL is reused (never past its {@code nextUpdate}).
     *
     * @param ttl default 1 hour; zero disables caching
     * @return this builder
     */
    public Builder revocationCacheTtl(Duration ttl) {
      this.revocationCacheTtl = ttl;
      return this;
    }

    /**
     * Requires PSD2 roles in the eIDAS QC statement.
     *
     * @param roles e.g. the SSA's {@code software_roles}; empty to skip the check
     * @return this builder
     */
    public Builder requiredRoles(Set<Psd2Role> roles) {
      if (roles == null || roles.stream().anyMatch(Objects::isNull)) {
        problems.add("requiredRoles", "must not be or contain null");
        return this;
      }
      this.requiredRoles = Set.copyOf(roles);
      return this;
    }

    /**
     * Requires the certificate's public key to be published in a JWKS.
     *
     * @param jwks the owner's keys
     * @return this builder
     */
    public Builder expectedJwks(JwksSource jwks) {
      this.expectedJwks = jwks;
      return this;
    }

    /**
     * Requires the certificate's public key to be in a fixed key set.
     *
     * @param jwks the owner's keys
     * @return this builder
     */
    public Builder expectedJwks(JWKSet jwks) {
      this.expectedJwks = jwks == null ? null : JwksSource.of(jwks);
      return this;
    }

    /**
     * Requires the matching JWKS key to have this {@code kid}.
     *
     * @param kid the key id
     * @return this builder
     */
    public Builder expectedKid(String kid) {
      this.expectedKid = kid;
      return this;
    }

    /**
     * Sets the HTTP client for OCSP and CRL fetches.
     *
     * @param fetcher default {@link HttpFetcher#defaults()}
     * @return this builder
     */
    public Builder httpFetcher(HttpFetcher fetcher) {
      this.fetcher = fetcher;
      return this;
    }

    /**
     * Validates the configuration and builds the validator.
     *
     * @return the validator
     * @throws ValidationException naming every bad setting
     */
    public CertificateValidator build() {
      Validation v = new Validation();
      problems.violations().forEach(x -> v.add(x.field(), x.message()));
      v.require(
          chainDisabled || !anchors.isEmpty(),
          "trustAnchors",
          "are required (or call withoutChainValidation())");
      v.require(clock != null, "clock", "is required");
      v.require(
          skew != null && !skew.isNegative() && skew.compareTo(Duration.ofHours(1)) <= 0,
          "clockSkew",
          "must be between 0 and 1 hour");
      v.require(purpose != null, "purpose", "is required");
      v.require(keyPolicy != null, "keyStrength", "is required");
      v.require(revocation != null, "revocation", "is required");
      v.require(
          revocationTimeout != null
              && !revocationTimeout.isNegative()
              && !revocationTimeout.isZero(),
          "revocationTimeout",
          "must be positive");
      v.require(
          revocationCacheTtl != null && !revocationCacheTtl.isNegative(),
          "revocationCacheTtl",
          "must not be negative");
      v.require(
          ocspResponder == null
              || (ocspResponder.getHost() != null
                  && ("http".equalsIgnoreCase(ocspResponder.getScheme())
                      || "https".equalsIgnoreCase(ocspResponder.getScheme()))),
          "ocspResponder",
          "must be an absolute http(s) URI");
      v.require(expectedKid == null || expectedJwks != null, "expectedKid", "needs expectedJwks");
      v.require(fetcher != null, "httpFetcher", "is required");
      v.throwIfInvalid();
      return new CertificateValidator(this);
    }
  }
}
