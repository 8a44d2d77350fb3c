package io.github.fsonboard.core.observe;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** How an HTTP attempt went wrong, in a few low-cardinality kinds (a metric tag). */
public enum ErrorKind {
  /** No error: a 1xx–3xx response. */
  NONE,
  /** A 4xx response other than 429. */
  CLIENT_ERROR,
  /** A 429 response. */
  RATE_LIMITED,
  /** A 5xx response. */
  SERVER_ERROR,
  /** The server could not be reached (refused, no route, unknown host). */
  CONNECT,
  /** A connect, read or whole-call timeout. */
  TIMEOUT,
  /** The TLS handshake failed (untrusted or too weak a certificate, protocol mismatch). */
  TLS,
  /** Any other I/O failure (reset stream, truncated response, cancelled call). */
  IO;

  /**
   * The kind of an HTTP status.
   *
   * @param status the status code
   * @return the kind
   */
  public static ErrorKind ofStatus(int status) {
    if (status == 429) {
      return RATE_LIMITED;
    }
    if (status >= 500) {
      return SERVER_ERROR;
    }
    return status >= 400 ? CLIENT_ERROR : NONE;
  }

  /**
   * The kind of an I/O failure.
   *
   * @param e the failure
   * @return the kind
   */
  public static ErrorKind ofFailure(IOException e) {
    if (e instanceof SSLException) {
      return TLS;
    }
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return CONNECT;
    }
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return TIMEOUT;
    }
    return IO;
  }
}
