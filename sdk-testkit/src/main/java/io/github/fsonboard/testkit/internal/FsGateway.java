package io.github.fsonboard.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.fsonboard.testkit.EmulatorExchange;
import io.github.fsonboard.testkit.FaultRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The API Manager gateway of a Financial Services deployment, as far as the FS DCR API needs it: an
 * HTTPS listener of its own (a real gateway listens apart from the management console) that asks
 * for a client certificate, trusts the test directory's CA and the emulator's CA, and hands the
 * certificate it verified to the routes in the {@code x-wso2-mutual-auth-cert} header (FS's IS
 * deployment.toml {@code [oauth.mutualtls] client_certificate_header}), replacing any such header
 * the client sent. WireMock cannot see client certificates, hence this listener.
 *
 * <p>Fault rules do not apply here; exchange listeners and request counts do.
 */
public final class FsGateway implements AutoCloseable {
  /** The header carrying the verified client certificate (PEM, URL-encoded) to the routes. */
  public static final String CERT_HEADER = "x-wso2-mutual-auth-cert";

  private static final int MAX_BODY = 1024 * 1024;

  private final HttpsServer server;
  private final ExecutorService executor;

  /**
   * Starts the listener on 127.0.0.1 and an ephemeral port.
   *
   * @param keys the emulator's TLS keys
   * @param directoryCa the test directory's CA
   * @param router the routes
   * @param store the state (its monitor is the lock)
   * @param exchanges receives every exchange
   */
  public FsGateway(
      KeyMaterial keys,
      X509Certificate directoryCa,
      Router router,
      Store store,
      Consumer<EmulatorExchange> exchanges) {
    try {
      SSLContext ssl = sslContext(keys, directoryCa);
      server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setHttpsConfigurator(
          new HttpsConfigurator(ssl) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters p = getSSLContext().getDefaultSSLParameters();
              p.setWantClientAuth(true);
              params.setSSLParameters(p);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "fsonboard-fs-gateway");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", ex -> handle(ex, router, store, exchanges));
    server.start();
  }

  /**
   * The base URL.
   *
   * @return e.g. {@code https://localhost:8243}
   */
  public String baseUrl() {
    return "https://localhost:" + server.getAddress().getPort();
  }

  private static void handle(
      HttpExchange ex, Router router, Store store, Consumer<EmulatorExchange> exchanges)
      throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(MAX_BODY);
      }
      String certificate = clientCertificate(ex);
      Request request =
          Request.of(
              ex.getRequestMethod(),
              ex.getRequestURI().getRawPath()
                  + (ex.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + ex.getRequestURI().getRawQuery()),
              name ->
                  CERT_HEADER.equalsIgnoreCase(name)
                      ? certificate
                      : ex.getRequestHeaders().getFirst(name),
              body);
      Reply reply;
      synchronized (store) {
        store.requestCounts.merge(
            "FS_GATEWAY " + request.method() + " " + router.templateOf(request), 1L, Long::sum);
        reply = router.dispatch(request);
      }
      byte[] out = reply.body() == null ? new byte[0] : reply.body();
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
      exchanges.accept(
          new EmulatorExchange(
              FaultRule.Target.FS_GATEWAY,
              request.method(),
              ex.getRequestURI().toString(),
              headers(ex.getRequestHeaders()),
              body.length == 0 ? null : new String(body, StandardCharsets.UTF_8),
              reply.status(),
              headers(ex.getResponseHeaders()),
              out.length == 0 ? null : new String(out, StandardCharsets.UTF_8)));
    }
  }

  private static Map<String, List<String>> headers(Map<String, List<String>> h) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    h.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
    return out;
  }

  private static String clientCertificate(HttpExchange ex) {
    if (!(ex instanceof HttpsExchange https)) {
      return null;
    }
    try {
      Certificate[] chain = https.getSSLSession().getPeerCertificates();
      return chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)
          ? null
          : URLEncoder.encode(KeyMaterial.pem(leaf), StandardCharsets.UTF_8);
    } catch (SSLPeerUnverifiedException e) {
      return null; // no client certificate
    }
  }

  /**
   * The TLS context of the emulator's mutual TLS listeners: its server key, and client certificates
   * from the CAs of {@link #clientTrust}.
   *
   * @param keys the emulator's keys
   * @param directoryCa the test directory's CA
   * @return the context
   */
  public static SSLContext sslContext(KeyMaterial keys, X509Certificate directoryCa) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keys.keystore())) {
        ks.load(in, keys.keystorePassword().toCharArray());
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, keys.keystorePassword().toCharArray());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(clientTrust(keys, directoryCa));
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ssl;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build the gateway's TLS context", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The CAs whose client certificates the emulator's mutual TLS accepts: its own and the test
   * directory's (where {@code TestSoftware} transport certificates come from).
   *
   * @param keys the emulator's keys
   * @param directoryCa the test directory's CA
   * @return a trust store holding both
   */
  private static KeyStore clientTrust(KeyMaterial keys, X509Certificate directoryCa) {
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("emulator-ca", keys.caCertificate());
      trust.setCertificateEntry("directory-ca", directoryCa);
      return trust;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build the client trust store", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the listener. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
