package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.internal.observe.Listeners;
import io.github.fsonboard.core.observe.ErrorKind;
import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.RetryReason;
import io.github.fsonboard.core.observe.SdkListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * Retries idempotent requests (and POSTs marked {@link RetrySafe}) on connection failures and on
 * retryable statuses, with backoff, jitter and a capped {@code Retry-After}. OkHttp's own silent
 * retry is switched off in {@link HttpEngine}, so this is the only place a request is repeated.
 */
final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  // Null when nobody listens: then the loop below does one null check per attempt and nothing else.
  private final SdkListener listener;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, SdkListener listener) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.listener = listener == SdkListener.NONE ? null : listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    // The marker stays on for now: AuthInterceptor strips it in the one copy it makes anyway.
    boolean marked = request.header(RetrySafe.HEADER) != null;
    boolean repeatable = marked || IDEMPOTENT.contains(request.method());
    Deadline deadline = Deadline.of(chain);
    int attempt = 1;
    while (true) {
      // The first attempt goes out untagged (the log reads a missing tag as attempt 1): no copy
      // of the request on the common path.
      Request attemptRequest =
          attempt == 1
              ? request
              : request.newBuilder().tag(Attempt.class, new Attempt(attempt)).build();
      long start = listener == null ? 0L : System.nanoTime();
      Response response;
      try {
        response = chain.proceed(attemptRequest);
      } catch (IOException e) {
        // A refused connection never carried the request, so even a plain POST may try again
        // (this is also how another address of the host gets its turn, since OkHttp's own route
        // fallback is off together with its silent retry).
        boolean safe = repeatable || neverSent(e);
        Duration backoff = policy.backoff(attempt);
        if (!safe
            || attempt >= policy.maxAttempts()
            || !isRetryable(e, chain)
            || !deadline.allows(backoff)) {
          if (listener != null) {
            failed(request, attempt, start, e, RetryReason.NONE);
          }
          throw e;
        }
        if (listener != null) {
          failed(request, attempt, start, e, RetryReason.IO_FAILURE);
        }
        sleeper.sleep(backoff);
        attempt++;
        continue;
      }
      int code = response.code();
      boolean mayRepeat = repeatable || (code == 429 && policy.retryRateLimitedPosts());
      if (!mayRepeat
          || attempt >= policy.maxAttempts()
          || !policy.retryableStatuses().contains(code)) {
        if (listener != null) {
          answered(request, attempt, start, code, RetryReason.NONE);
        }
        return response;
      }
      Duration hint = RetryAfter.parse(response.header("Retry-After"));
      Duration delay = hint != null ? policy.capRetryAfter(hint) : policy.backoff(attempt);
      if (!deadline.allows(delay)) {
        // Waiting would outlive the call's deadline: the caller gets this answer now, typed.
        if (listener != null) {
          answered(request, attempt, start, code, RetryReason.NONE);
        }
        return response;
      }
      if (listener != null) {
        answered(
            request,
            attempt,
            start,
            code,
            code == 429 ? RetryReason.RATE_LIMITED : RetryReason.STATUS);
      }
      response.close();
      sleeper.sleep(delay);
      attempt++;
    }
  }

  private void answered(Request request, int attempt, long start, int code, RetryReason reason) {
    notify(request, attempt, start, code, ErrorKind.ofStatus(code), reason);
  }

  private void failed(Request request, int attempt, long start, IOException e, RetryReason reason) {
    notify(request, attempt, start, 0, ErrorKind.ofFailure(e), reason);
  }

  private void notify(
      Request request, int attempt, long start, int code, ErrorKind kind, RetryReason reason) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Listeners.safely(
        () ->
            listener.onHttpAttempt(
                new HttpAttemptEvent(
                    request.method(),
                    RouteTemplate.of(request),
                    code,
                    took,
                    attempt,
                    reason,
                    kind)));
  }

  private static boolean isRetryable(IOException e, Chain chain) {
    // A cancelled call: the whole-call timeout fired, or the caller cancelled.
    return !chain.call().isCanceled() && isRetryableFailure(e);
  }

  /** Whether an I/O failure may go away on a new attempt (given the request may be repeated). */
  static boolean isRetryableFailure(IOException e) {
    if (e instanceof SSLException) {
      return false; // a refused certificate will be refused again
    }
    return neverSent(e)
        || e instanceof SocketTimeoutException
        || e instanceof SocketException
        || (!(e instanceof InterruptedIOException) && isStreamFailure(e));
  }

  /** Whether the request surely never reached the server, so even a plain POST may be repeated. */
  static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof NoRouteToHostException
        // HTTP/2: the connection was shutting down (GOAWAY) before the stream was opened, or the
        // server refused the stream before processing it (RFC 9113, section 8.7).
        || e instanceof ConnectionShutdownException
        || (e instanceof StreamResetException r && r.errorCode == ErrorCode.REFUSED_STREAM);
  }

  private static boolean isStreamFailure(IOException e) {
    if (e instanceof StreamResetException) {
      return true; // HTTP/2's form of a broken response: the server or a proxy reset the stream
    }
    String m = e.getMessage();
    return m != null && (m.contains("unexpected end of stream") || m.contains("closed"));
  }

  /**
   * The call's whole-call timeout as seen when the call started: a wait (backoff or {@code
   * Retry-After}) that would end after it is not started, since OkHttp's timeout cancels the socket
   * but cannot cut a sleep short.
   */
  private record Deadline(long endNanos) {
    static Deadline of(Chain chain) {
      long timeout = chain.call().timeout().timeoutNanos();
      return new Deadline(timeout <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeout);
    }

    boolean allows(Duration wait) {
      if (endNanos == Long.MAX_VALUE) {
        return true;
      }
      long left = endNanos - System.nanoTime();
      return left > 0 && wait.compareTo(Duration.ofNanos(left)) < 0;
    }
  }

  /** Sleeps between attempts; replaceable in tests. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedIOException;

    Sleeper REAL =
        d -> {
          try {
            Thread.sleep(d.toMillis());
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while backing off");
            io.initCause(ie);
            throw io;
          }
        };
  }
}
