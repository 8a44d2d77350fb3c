package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.Validation;

/**
 * How many bytes of a response body the SDK reads, per kind of response. Counted after gzip is
 * undone, so a small compressed body that inflates past a limit is stopped too. A 2xx body over its
 * limit fails the call with {@link io.github.fsonboard.core.error.UnexpectedResponseException}; an
 * error body is cut to {@link #errorBody()} bytes and the status still gives its typed exception.
 *
 * <p>Defaults: API bodies 16 MiB, error bodies 64 KiB, token responses 64 KiB, JWKS documents 512
 * KiB, CRLs 10 MiB, OCSP responses 64 KiB. The JWKS, CRL and OCSP limits apply to every fetch the
 * certificate code makes through {@link
 * io.github.fsonboard.core.http.HttpFetcher#on(HttpTransport)} (and {@link
 * io.github.fsonboard.core.http.HttpFetcher#defaults()}), {@code IdentityServer.jwks()} included.
 *
 * @param apiBody bytes of a 2xx body of an admin, devportal, IS or discovery call
 * @param errorBody bytes of a non-2xx body kept for the exception
 * @param token bytes of a token endpoint's 2xx body
 * @param jwks bytes of a JWKS document
 * @param crl bytes of a certificate revocation list
 * @param ocsp bytes of an OCSP response
 */
public record ResponseLimits(
    long apiBody, long errorBody, long token, long jwks, long crl, long ocsp) {
  /** Smallest limit accepted: below this even a normal answer would not fit. */
  public static final long MIN = 1024;

  /** Largest limit accepted: the body is held in memory. */
  public static final long MAX = 1L << 30;

  /**
   * Checks the limits.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every limit out of range
   */
  public ResponseLimits {
    Validation v = new Validation();
    check(v, apiBody, "apiBody");
    check(v, errorBody, "errorBody");
    check(v, token, "token");
    check(v, jwks, "jwks");
    check(v, crl, "crl");
    check(v, ocsp, "ocsp");
    v.throwIfInvalid();
  }

  /**
   * The defaults: 16 MiB, 64 KiB, 64 KiB, 512 KiB, 10 MiB, 64 KiB.
   *
   * @return the default limits
   */
  public static ResponseLimits defaults() {
    return new ResponseLimits(16L << 20, 64L << 10, 64L << 10, 512L << 10, 10L << 20, 64L << 10);
  }

  /**
   * Returns a copy with another API body limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withApiBody(long bytes) {
    return new ResponseLimits(bytes, errorBody, token, jwks, crl, ocsp);
  }

  /**
   * Returns a copy with another error body limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withErrorBody(long bytes) {
    return new ResponseLimits(apiBody, bytes, token, jwks, crl, ocsp);
  }

  /**
   * Returns a copy with another token response limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withToken(long bytes) {
    return new ResponseLimits(apiBody, errorBody, bytes, jwks, crl, ocsp);
  }

  /**
   * Returns a copy with another JWKS limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withJwks(long bytes) {
    return new ResponseLimits(apiBody, errorBody, token, bytes, crl, ocsp);
  }

  /**
   * Returns a copy with another CRL limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withCrl(long bytes) {
    return new ResponseLimits(apiBody, errorBody, token, jwks, bytes, ocsp);
  }

  /**
   * Returns a copy with another OCSP response limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ResponseLimits withOcsp(long bytes) {
    return new ResponseLimits(apiBody, errorBody, token, jwks, crl, bytes);
  }

  private static void check(Validation v, long bytes, String field) {
    v.require(bytes >= MIN && bytes <= MAX, field, "must be between " + MIN + " and " + MAX);
  }
}
