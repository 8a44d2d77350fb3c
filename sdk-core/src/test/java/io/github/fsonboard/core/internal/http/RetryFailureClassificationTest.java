package io.github.fsonboard.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which I/O failures the retry interceptor repeats, and which ones surely never reached the server
 * (so that even a plain POST may be repeated), over HTTP/1.1 and HTTP/2.
 */
class RetryFailureClassificationTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        // failure, retryable, never sent
        Arguments.of(new ConnectException("Connection refused"), true, true),
        Arguments.of(new NoRouteToHostException("no route"), true, true),
        Arguments.of(new ConnectionShutdownException(), true, true),
        Arguments.of(new StreamResetException(ErrorCode.REFUSED_STREAM), true, true),
        Arguments.of(new StreamResetException(ErrorCode.CANCEL), true, false),
        Arguments.of(new StreamResetException(ErrorCode.INTERNAL_ERROR), true, false),
        Arguments.of(new SocketTimeoutException("Read timed out"), true, false),
        Arguments.of(new SocketException("Connection reset"), true, false),
        Arguments.of(new IOException("unexpected end of stream on http://x/..."), true, false),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"), false, false),
        Arguments.of(new InterruptedIOException("timeout"), false, false),
        Arguments.of(new IOException("something else"), false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void classifiesTheFailure(IOException failure, boolean retryable, boolean neverSent) {
    assertThat(RetryInterceptor.isRetryableFailure(failure)).isEqualTo(retryable);
    assertThat(RetryInterceptor.neverSent(failure)).isEqualTo(neverSent);
  }
}
