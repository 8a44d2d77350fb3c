package io.github.fsonboard.core.internal.http;

/**
 * Marks a POST as safe to repeat (e.g. a client-credentials token request). Put {@link #HEADER} on
 * the request (Retrofit: {@code @Headers(RetrySafe.HEADER_LINE)}); the retry interceptor reads it
 * and the authentication interceptor strips it before the request leaves the process.
 */
public final class RetrySafe {
  /** The marker header's name. */
  public static final String HEADER = "X-FsOnboard-Retry-Safe";

  /** The marker as a Retrofit {@code @Headers} line. */
  public static final String HEADER_LINE = HEADER + ": true";

  private RetrySafe() {}
}
