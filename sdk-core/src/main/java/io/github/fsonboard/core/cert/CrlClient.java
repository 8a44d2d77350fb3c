package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.cert.RevocationOutcome.Status;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * CRL checking at the certificate's CRL Distribution Point. The CRL must be signed by the issuer
 * and not be stale; verified CRLs are cached per URL until {@code nextUpdate} (at most the
 * configured TTL).
 */
final class CrlClient {
  private final HttpFetcher fetcher;
  private final Duration timeout;
  private final Clock clock;
  private final Duration skew;
  private final ExpiringCache<LeanCrl> cache;

  public CrlClient(
      HttpFetcher fetcher, Duration timeout, Clock clock, Duration skew, Duration ttl) {
    this.fetcher = fetcher;
    this.timeout = timeout;
    this.clock = clock;
    this.skew = skew;
    this.cache = new ExpiringCache<>(clock, ttl, 100);
  }

  public RevocationOutcome check(X509Certificate cert, X509Certificate issuer) {
    List<URI> urls = CertUrls.crl(cert);
    if (urls.isEmpty()) {
      return RevocationOutcome.of(
          Status.UNAVAILABLE, "certificate names no CRL distribution point");
    }
    RevocationOutcome last = null;
    for (URI url : urls) {
      last = checkOne(url, cert, issuer);
      if (last.status() != Status.UNAVAILABLE) {
        return last;
      }
    }
    return last;
  }

  private RevocationOutcome checkOne(URI url, X509Certificate cert, X509Certificate issuer) {
    String key = url + "|" + issuer.getSubjectX500Principal().getName();
    LeanCrl lean = cache.get(key);
    if (lean == null) {
      try {
        HttpFetcher.Response http =
            fetcher.fetch(
                new HttpFetcher.Request(
                    "GET",
                    url,
                    null,
                    null,
                    "application/pkix-crl",
                    timeout,
                    (int) fetcher.limits().crl()));
        if (http.status() != 200) {
          return RevocationOutcome.of(
              Status.UNAVAILABLE, "CRL at " + url + " answered HTTP " + http.status());
        }
        lean = parse(http.body());
      } catch (TransportException e) {
        return RevocationOutcome.of(
            Status.UNAVAILABLE, "CRL at " + url + " unreachable: " + e.getMessage());
      } catch (Exception | StackOverflowError e) {
        // CertificateFactory reports malformed CRLs with checked and runtime exceptions.
        return RevocationOutcome.of(Status.INVALID, "CRL at " + url + " is malformed");
      }
      X509CRL crl = lean.header();
      if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        return RevocationOutcome.of(Status.INVALID, "CRL at " + url + " is from another issuer");
      }
      try {
        lean.verify(issuer.getPublicKey());
      } catch (Exception e) {
        return RevocationOutcome.of(
            Status.INVALID, "CRL at " + url + " is not signed by the certificate's issuer");
      }
      Instant now = clock.instant();
      if (crl.getThisUpdate().toInstant().isAfter(now.plus(skew))) {
        return RevocationOutcome.of(
            Status.INVALID, "CRL at " + url + " has thisUpdate in the future");
      }
      if (crl.getNextUpdate() != null
          && crl.getNextUpdate().toInstant().isBefore(now.minus(skew))) {
        return RevocationOutcome.of(Status.UNAVAILABLE, "CRL at " + url + " is stale");
      }
      cache.put(key, lean, crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant());
    }
    LeanCrl.Revocation entry;
    try {
      entry = lean.find(cert.getSerialNumber());
    } catch (RuntimeException e) {
      return RevocationOutcome.of(Status.INVALID, "CRL at " + url + " is malformed");
    }
    if (entry != null) {
      String reason = entry.reason() == null ? "" : " reason " + entry.reason();
      return RevocationOutcome.of(Status.REVOKED, "CRL: revoked at " + entry.at() + reason);
    }
    return RevocationOutcome.of(Status.GOOD, "CRL: not listed");
  }

  private static LeanCrl parse(byte[] body) throws Exception {
    byte[] der = body;
    if (body.length > 0 && body[0] == '-') {
      String text = new String(body, StandardCharsets.US_ASCII);
      int start = text.indexOf("-----", 5);
      int end = text.indexOf("-----END");
      if (start < 0 || end < 0) {
        throw new IllegalArgumentException("PEM CRL without armour");
      }
      der = Base64.getMimeDecoder().decode(text.substring(start + 5, end));
    }
    return LeanCrl.parse(der);
  }
}
