package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.core.cert.CertificatePurpose;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.cert.RevocationMode;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.KeyStrengthPolicy;
import io.github.fsonboard.core.internal.builder.Elements;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a bank accepts, written once: the PSD2 roles each API needs, the accepted National Competent
 * Authorities, the trust anchors, the revocation mode, the minimum key strength, the certificate's
 * purpose and the user claims a TPP must have.
 *
 * <pre>{@code
 * VettingPolicy policy = VettingPolicy.builder()
 *     .api("AccountandTransactionAPI", Psd2Role.PSP_AI)
 *     .api("PaymentInitiationAPI", Psd2Role.PSP_PI)
 *     .acceptedNcas("GB-FCA", "LU-CSSF")
 *     .trustAnchors(Certificates.parse(Files.readString(Path.of("eidas-roots.pem"))))
 *     .revocation(RevocationMode.OCSP_THEN_CRL)
 *     .build();
 * }</pre>
 *
 * @param apiRoles the roles each API (by name) needs; an API not named here is referred
 * @param acceptedNcas NCA ids (e.g. {@code GB-FCA}); empty accepts any
 * @param trustAnchors the roots a certificate must chain to; empty skips the chain check
 * @param revocation how revocation is checked
 * @param keyStrength the minimum key sizes
 * @param purpose what the certificate is for (QSealC: SIGNING; QWAC: TLS_CLIENT)
 * @param requiredClaims user claims a TPP must have; a missing one is referred. They are named as
 *     IS 7's SCIM2 user resource names them (what {@link EvidenceSource#fromServers} reads): {@code
 *     userName}, {@code name.givenName}, {@code name.familyName}, {@code emails} (the first
 *     address), and an extension schema's attribute by its own name, e.g. {@code organization}
 *     (enterprise extension, the sign-up claim {@code http://wso2.org/claims/organization}) or
 *     {@code country} ({@code urn:scim:wso2:schema}, {@code http://wso2.org/claims/country})
 * @param signUps what to do with a self sign-up ({@code USER_SIGNUP}), which carries no
 *     certificate: {@link Verdict#REFER} (the default: a person decides), {@link Verdict#APPROVE}
 *     (approve a user who has every required claim, refer one who does not) or {@link
 *     Verdict#REJECT} (the bank onboards its TPPs itself and accepts no self sign-up)
 */
public record VettingPolicy(
    Map<String, Set<Psd2Role>> apiRoles,
    Set<String> acceptedNcas,
    List<X509Certificate> trustAnchors,
    RevocationMode revocation,
    KeyStrengthPolicy keyStrength,
    CertificatePurpose purpose,
    Set<String> requiredClaims,
    Verdict signUps) {

  /** Copies the collections. */
  public VettingPolicy {
    Map<String, Set<Psd2Role>> roles = new LinkedHashMap<>();
    apiRoles.forEach((k, v) -> roles.put(k, Set.copyOf(v)));
    apiRoles = Map.copyOf(roles);
    acceptedNcas = Set.copyOf(acceptedNcas);
    trustAnchors = List.copyOf(trustAnchors);
    requiredClaims = Set.copyOf(requiredClaims);
  }

  /**
   * Starts a policy: signing certificates, default key strength, no revocation check.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The certificate validator this policy implies.
   *
   * @param clock the clock validity is judged by
   * @return the validator
   */
  CertificateValidator validator(Clock clock) {
    CertificateValidator.Builder b =
        CertificateValidator.builder()
            .clock(clock)
            .purpose(purpose)
            .keyStrength(keyStrength)
            .revocation(revocation);
    return trustAnchors.isEmpty()
        ? b.withoutChainValidation().build()
        : b.trustAnchors(trustAnchors).build();
  }

  /** Builds a {@link VettingPolicy}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Set<Psd2Role>> apiRoles = new LinkedHashMap<>();
    private final Set<String> acceptedNcas = new LinkedHashSet<>();
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private final Set<String> requiredClaims = new LinkedHashSet<>();
    private RevocationMode revocation = RevocationMode.NONE;
    private KeyStrengthPolicy keyStrength = KeyStrengthPolicy.defaults();
    private CertificatePurpose purpose = CertificatePurpose.SIGNING;
    private Verdict signUps = Verdict.REFER;

    private Builder() {}

    /**
     * Names an API and the PSD2 roles a TPP needs to use it.
     *
     * @param apiName the API's name as the server lists it
     * @param roles the roles (all needed)
     * @return this builder
     */
    public Builder api(String apiName, Psd2Role... roles) {
      Set<Psd2Role> needed = new LinkedHashSet<>();
      Elements.addAll(needed, Elements.of(roles));
      apiRoles.put(apiName, needed);
      return this;
    }

    /**
     * Accepts certificates from these NCAs only.
     *
     * @param ncaIds e.g. {@code GB-FCA}
     * @return this builder
     */
    public Builder acceptedNcas(String... ncaIds) {
      Elements.addAll(acceptedNcas, Elements.of(ncaIds));
      return this;
    }

    /**
     * Sets the roots a certificate must chain to.
     *
     * @param anchors the trust anchors
     * @return this builder
     */
    public Builder trustAnchors(Collection<X509Certificate> anchors) {
      Elements.addAll(trustAnchors, anchors);
      return this;
    }

    /**
     * Sets the revocation check.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder revocation(RevocationMode mode) {
      this.revocation = mode;
      return this;
    }

    /**
     * Sets the minimum key strength.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder keyStrength(KeyStrengthPolicy policy) {
      this.keyStrength = policy;
      return this;
    }

    /**
     * Sets what the certificate must be fit for.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(CertificatePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Names user claims a TPP must have (checked on the evidence's claims).
     *
     * @param claims claim names as IS 7's SCIM2 API names them (see {@link
     *     VettingPolicy#requiredClaims()}), e.g. {@code organization}
     * @return this builder
     */
    public Builder requiredClaims(String... claims) {
      Elements.addAll(requiredClaims, Elements.of(claims));
      return this;
    }

    /**
     * Sets what to do with self sign-ups (default {@link Verdict#REFER}).
     *
     * @param verdict REFER, APPROVE (when every required claim is there) or REJECT
     * @return this builder
     */
    public Builder signUps(Verdict verdict) {
      this.signUps = verdict;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws io.github.fsonboard.core.error.ValidationException naming every bad field
     */
    public VettingPolicy build() {
      Validation v = new Validation();
      v.require(!apiRoles.containsKey(null), "api", "an API name is null");
      v.require(!apiRoles.containsKey(""), "api", "an API name is blank");
      v.require(revocation != null, "revocation", "is required");
      v.require(keyStrength != null, "keyStrength", "is required");
      v.require(purpose != null, "purpose", "is required");
      apiRoles.forEach((api, roles) -> Elements.requireNoNull(v, "api." + api + ".roles", roles));
      Elements.requireNoNull(v, "acceptedNcas", acceptedNcas);
      Elements.requireNoNull(v, "trustAnchors", trustAnchors);
      Elements.requireNoNull(v, "requiredClaims", requiredClaims);
      v.require(signUps != null, "signUps", "is required");
      v.throwIfInvalid();
      return new VettingPolicy(
          apiRoles,
          acceptedNcas,
          trustAnchors,
          revocation,
          keyStrength,
          purpose,
          requiredClaims,
          signUps);
    }
  }
}
