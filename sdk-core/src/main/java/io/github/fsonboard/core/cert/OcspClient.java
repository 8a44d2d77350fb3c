package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.cert.RevocationOutcome.Status;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.HttpFetcher;
import java.net.URI;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * OCSP (RFC 6960) with what WSO2 leaves out: the response signature is verified against the issuer
 * or a responder certificate the issuer delegated ({@code id-kp-OCSPSigning}), the nonce we sent
 * must come back, and the answer must be fresh. Good and revoked answers are cached until {@code
 * nextUpdate} (at most the configured TTL).
 */
final class OcspClient {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpFetcher fetcher;
  private final Duration timeout;
  private final Clock clock;
  private final Duration skew;
  private final boolean requireNonce;
  private final URI responderOverride;
  private final ExpiringCache<RevocationOutcome> cache;

  public OcspClient(
      HttpFetcher fetcher,
      Duration timeout,
      Clock clock,
      Duration skew,
      boolean requireNonce,
      URI responderOverride,
      Duration cacheTtl) {
    this.fetcher = fetcher;
    this.timeout = timeout;
    this.clock = clock;
    this.skew = skew;
    this.requireNonce = requireNonce;
    this.responderOverride = responderOverride;
    this.cache = new ExpiringCache<>(clock, cacheTtl, 1000);
  }

  public RevocationOutcome check(X509Certificate cert, X509Certificate issuer) {
    URI url = responderOverride;
    if (url == null) {
      List<URI> urls = CertUrls.ocsp(cert);
      if (urls.isEmpty()) {
        return RevocationOutcome.of(Status.UNAVAILABLE, "certificate names no OCSP responder");
      }
      url = urls.get(0);
    }
    String key =
        url + "|" + issuer.getSubjectX500Principal().getName() + "|" + cert.getSerialNumber();
    RevocationOutcome cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      return query(url, key, cert, issuer);
    } catch (TransportException e) {
      return RevocationOutcome.of(
          Status.UNAVAILABLE, "OCSP responder " + url + " unreachable: " + e.getMessage());
    } catch (Exception | StackOverflowError e) {
      // BouncyCastle reports malformed responses with checked and runtime exceptions alike.
      return RevocationOutcome.of(Status.INVALID, "malformed OCSP response from " + url);
    }
  }

  private RevocationOutcome query(URI url, String key, X509Certificate cert, X509Certificate issuer)
      throws Exception {
    X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
    CertificateID id =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            issuerHolder,
            cert.getSerialNumber());
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    Extension nonceExt =
        new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce));
    OCSPReq req =
        new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(nonceExt)).build();
    HttpFetcher.Response http =
        fetcher.fetch(
            new HttpFetcher.Request(
                "POST",
                url,
                "application/ocsp-request",
                req.getEncoded(),
                "application/ocsp-response",
                timeout,
                (int) fetcher.limits().ocsp()));
    if (http.status() != 200) {
      return RevocationOutcome.of(
          Status.UNAVAILABLE, "OCSP responder " + url + " answered HTTP " + http.status());
    }
    OCSPResp resp = new OCSPResp(http.body());
    if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
      return RevocationOutcome.of(
          Status.UNAVAILABLE, "OCSP responder " + url + " returned status " + resp.getStatus());
    }
    if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
      return RevocationOutcome.of(Status.INVALID, "OCSP response is not a basic response");
    }
    if (!signatureValid(basic, issuer)) {
      return RevocationOutcome.of(
          Status.INVALID,
          "OCSP response signature does not verify with the issuer or a delegated responder");
    }
    Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (echoed != null) {
      byte[] got = echoed.getExtnValue().getOctets();
      byte[] want = new DEROctetString(nonce).getEncoded();
      if (!java.security.MessageDigest.isEqual(got, want)
          && !java.security.MessageDigest.isEqual(got, nonce)) {
        return RevocationOutcome.of(
            Status.INVALID, "OCSP response nonce does not match the request");
      }
    } else if (requireNonce) {
      return RevocationOutcome.of(
          Status.INVALID, "OCSP response carries no nonce (replay protection required)");
    }
    for (SingleResp single : basic.getResponses()) {
      if (!single.getCertID().equals(id)) {
        continue;
      }
      Instant now = clock.instant();
      if (single.getThisUpdate().toInstant().isAfter(now.plus(skew))) {
        return RevocationOutcome.of(Status.INVALID, "OCSP thisUpdate is in the future");
      }
      Date next = single.getNextUpdate();
      if (next != null && next.toInstant().isBefore(now.minus(skew))) {
        return RevocationOutcome.of(Status.UNAVAILABLE, "OCSP answer is stale (nextUpdate passed)");
      }
      RevocationOutcome outcome = outcome(single.getCertStatus());
      if (outcome.status() != Status.UNKNOWN) {
        cache.put(key, outcome, next == null ? null : next.toInstant());
      }
      return outcome;
    }
    return RevocationOutcome.of(Status.INVALID, "OCSP response has no answer for this certificate");
  }

  private static RevocationOutcome outcome(CertificateStatus status) {
    if (status == CertificateStatus.GOOD) {
      return RevocationOutcome.of(Status.GOOD, "OCSP: good");
    }
    if (status instanceof RevokedStatus revoked) {
      String reason =
          revoked.hasRevocationReason() ? " reason " + revoked.getRevocationReason() : "";
      return RevocationOutcome.of(
          Status.REVOKED, "OCSP: revoked at " + revoked.getRevocationTime().toInstant() + reason);
    }
    return RevocationOutcome.of(Status.UNKNOWN, "OCSP: responder does not know the certificate");
  }

  /** The issuer itself, or a certificate in the response issued by it for OCSP signing. */
  private boolean signatureValid(BasicOCSPResp basic, X509Certificate issuer) throws Exception {
    if (verifies(basic, issuer.getPublicKey())) {
      return true;
    }
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    for (X509CertificateHolder holder : basic.getCerts()) {
      X509Certificate responder = converter.getCertificate(holder);
      if (!responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        continue;
      }
      try {
        responder.verify(issuer.getPublicKey());
        responder.checkValidity(Date.from(clock.instant()));
      } catch (Exception e) {
        continue;
      }
      List<String> eku = responder.getExtendedKeyUsage();
      if (eku != null
          && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
          && verifies(basic, responder.getPublicKey())) {
        return true;
      }
    }
    return false;
  }

  private static boolean verifies(BasicOCSPResp basic, PublicKey key) {
    try {
      return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
    } catch (Exception e) {
      return false;
    }
  }
}
