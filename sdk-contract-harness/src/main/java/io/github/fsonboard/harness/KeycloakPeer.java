package io.github.fsonboard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Keycloak (a standards-compliant OAuth 2.0 / OIDC server) for interop tests, started from
 * the unpacked {@code org.keycloak:keycloak-quarkus-dist} zip in dev mode on loopback only.
 *
 * <p>The Maven profile {@code interop} unpacks Keycloak and passes its folder in the system
 * property {@value #HOME_PROPERTY}. {@link #shared()} starts one instance per JVM (about 40 s the
 * first time, 10–20 s later) and stops it in a shutdown hook; every test class can use it.
 *
 * <p>The same instance serves HTTP ({@link #baseUri()}) and HTTPS ({@link #httpsBaseUri()}) on
 * loopback. Its HTTPS listener uses a certificate from a PKI generated at start ({@link TestPki};
 * trust {@link #serverCaCertificate()}) and asks for, without requiring, a client certificate
 * issued by {@link #issueClientCertificate(String)}: mutual TLS for {@code tls_client_auth} and
 * certificate-bound tokens (RFC 8705). A realm's issuer follows the URL it is reached by, so {@link
 * KeycloakRealm#overHttps(URI)} gives the HTTPS view of a realm.
 *
 * <pre>{@code
 * @BeforeAll
 * static void keycloak() {
 *   KeycloakPeer.assumeAvailable();
 *   realm = KeycloakPeer.shared().configureRealm();
 * }
 * // ... realm.tokenEndpoint(), realm.clientCredentials().clientId(), ...
 * }</pre>
 */
public final class KeycloakPeer implements AutoCloseable {

  /** System property naming the unpacked Keycloak folder (the one holding {@code bin/kc.sh}). */
  public static final String HOME_PROPERTY = "fsonboard.keycloak.home";

  /** System property: seconds to wait for readiness (default 300; raise it on a loaded machine). */
  public static final String TIMEOUT_PROPERTY = "fsonboard.keycloak.startTimeoutSeconds";

  private static final Duration READY_TIMEOUT =
      Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 300));
  private static final AtomicInteger REALMS = new AtomicInteger();
  private static KeycloakPeer shared;

  private final Process process;
  private final URI baseUri;
  private final URI httpsBaseUri;
  private final KeycloakTls tls;
  private final Path logFile;
  private final String adminUser = "admin";
  private final String adminPassword;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private KeycloakPeer(
      Process process,
      URI baseUri,
      URI httpsBaseUri,
      KeycloakTls tls,
      Path logFile,
      String adminPassword) {
    this.process = process;
    this.baseUri = baseUri;
    this.httpsBaseUri = httpsBaseUri;
    this.tls = tls;
    this.logFile = logFile;
    this.adminPassword = adminPassword;
  }

  /** The Keycloak version the {@code interop} profile unpacks. */
  public static final String VERSION = "26.7.3";

  /**
   * Returns the unpacked Keycloak folder: {@value #HOME_PROPERTY} when set, else the harness
   * module's unpack ({@code sdk-contract-harness/target/keycloak/keycloak-}{@value #VERSION}) found
   * by walking up from the working directory, so other modules can reuse it.
   *
   * @return the folder holding {@code bin/kc.sh}, or null
   */
  public static Path home() {
    String property = System.getProperty(HOME_PROPERTY);
    if (property != null && !property.isBlank()) {
      Path home = Path.of(property).toAbsolutePath();
      return Files.isExecutable(home.resolve("bin/kc.sh")) ? home : null;
    }
    Path unpack = Path.of("sdk-contract-harness", "target", "keycloak", "keycloak-" + VERSION);
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path home = dir.resolve(unpack);
      if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
        return home;
      }
    }
    return null;
  }

  /**
   * Tells whether Keycloak is unpacked and configured.
   *
   * @return true when {@link #home()} is non-null
   */
  public static boolean available() {
    return home() != null;
  }

  /** Skips the calling test unless Keycloak is available, saying how to get it. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(
        available(),
        () ->
            "Keycloak not found ("
                + HOME_PROPERTY
                + "="
                + System.getProperty(HOME_PROPERTY)
                + "). Unpack it with the Maven profile: ./mvnw verify -Pinterop"
                + " -pl sdk-contract-harness");
  }

  /**
   * Returns the JVM-wide instance, starting it on first use; a shutdown hook stops it.
   *
   * @return the running peer
   * @throws IllegalStateException when Keycloak is not available or does not start
   */
  public static synchronized KeycloakPeer shared() {
    if (shared == null || !shared.process.isAlive()) {
      Path home = home();
      if (home == null) {
        throw new IllegalStateException("Keycloak not available; set -D" + HOME_PROPERTY);
      }
      KeycloakPeer peer = start(home, defaultLogFile(home));
      Runtime.getRuntime().addShutdownHook(new Thread(peer::close, "keycloak-peer-stop"));
      shared = peer;
    }
    return shared;
  }

  /**
   * Starts a new instance (the caller closes it). Dev mode with an in-memory database, HTTP and
   * HTTPS (client certificate requested) on free loopback ports; waits until the master realm's
   * discovery document answers 200 (at most {@value #TIMEOUT_PROPERTY} seconds, default 300).
   *
   * @param home the unpacked Keycloak folder
   * @param logFile where Keycloak's output goes
   * @return the running peer
   * @throws IllegalStateException when it exits or does not become ready in time
   */
  public static KeycloakPeer start(Path home, Path logFile) {
    int port = freePort();
    int httpsPort = freePort();
    String password = randomSecret();
    KeycloakTls tls =
        KeycloakTls.generate(
            logFile.toAbsolutePath().resolveSibling(logFile.getFileName() + ".tls"));
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            "--http-management-port=" + freePort(),
            "--db=dev-mem"));
    command.addAll(tls.options(httpsPort));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(logFile.toFile());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", password);
    Process process;
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command.get(0), e);
    }
    KeycloakPeer peer =
        new KeycloakPeer(
            process,
            URI.create("http://127.0.0.1:" + port),
            URI.create("https://127.0.0.1:" + httpsPort),
            tls,
            logFile,
            password);
    try {
      peer.awaitReady();
      peer.writePidFile();
    } catch (RuntimeException e) {
      peer.close();
      throw e;
    }
    return peer;
  }

  /**
   * Returns the server's base URL.
   *
   * @return e.g. {@code http://127.0.0.1:40123}
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Returns the HTTPS base URL of the same instance (a client certificate is requested, not
   * required).
   *
   * @return e.g. {@code https://127.0.0.1:40124}
   */
  public URI httpsBaseUri() {
    return httpsBaseUri;
  }

  /**
   * Returns the CA that issued the HTTPS listener's certificate (SANs {@code 127.0.0.1} and {@code
   * localhost}); trust it to call {@link #httpsBaseUri()}.
   *
   * @return the CA certificate
   */
  public X509Certificate serverCaCertificate() {
    return tls.serverCa();
  }

  /**
   * A user agent for the HTTPS side: trusts {@link #serverCaCertificate()}, sends no client
   * certificate, never follows redirects (a test reads the {@code Location} itself).
   *
   * @return a new client
   */
  public HttpClient browser() {
    return browser(null);
  }

  /**
   * Like {@link #browser()}, presenting a client certificate in the TLS handshake (mutual TLS), for
   * raw requests the SDK would refuse to send.
   *
   * @param clientCertificate the certificate and key, or null for none
   * @return a new client
   */
  public HttpClient browser(TestPki.Issued clientCertificate) {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("keycloak-ca", tls.serverCa());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      KeyManager[] keyManagers = null;
      if (clientCertificate != null) {
        char[] password = "in-memory".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(
            "client",
            clientCertificate.privateKey(),
            password,
            new java.security.cert.Certificate[] {clientCertificate.certificate()});
        KeyManagerFactory kmf =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        keyManagers = kmf.getKeyManagers();
      }
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(keyManagers, tmf.getTrustManagers(), null);
      return HttpClient.newBuilder()
          .sslContext(ssl)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issues a fresh client certificate (new EC P-256 key, subject {@code CN=<commonName>}) from the
   * CA the HTTPS listener trusts for mutual TLS.
   *
   * @param commonName the subject's CN, e.g. what a {@code tls_client_auth} client registers
   * @return the certificate, its issuer-signed chain and key
   */
  public TestPki.Issued issueClientCertificate(String commonName) {
    return tls.clientCertificate(commonName);
  }

  /**
   * Returns the file Keycloak logs to.
   *
   * @return the log file
   */
  public Path logFile() {
    return logFile;
  }

  /**
   * Returns the process ids: {@code kc.sh} first, then its descendants (the Keycloak JVM).
   *
   * @return process ids
   */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    pids.add(process.pid());
    process.descendants().forEach(p -> pids.add(p.pid()));
    return pids;
  }

  /**
   * Returns a master-realm admin access token (password grant with {@code admin-cli}).
   *
   * @return the access token
   */
  public String adminToken() {
    return new KeycloakAdmin(http, baseUri, adminUser, adminPassword).token();
  }

  /**
   * Creates a new realm with a unique name ({@code fsonboard-1}, {@code fsonboard-2}, ...).
   *
   * @return the realm's coordinates and credentials
   */
  public KeycloakRealm configureRealm() {
    return configureRealm("fsonboard-" + REALMS.incrementAndGet());
  }

  /**
   * Creates (or re-creates) a realm for interop tests: a client_credentials client, PKCE S256
   * authorization-code clients, a user, an RFC 7591 initial access token, an audience mapper so
   * introspection works, and an RFC 7523 jwt-bearer identity provider with a fresh RSA key.
   *
   * @param realm the realm name
   * @return the realm's coordinates and credentials
   */
  public KeycloakRealm configureRealm(String realm) {
    return new KeycloakAdmin(http, baseUri, adminUser, adminPassword).configureRealm(realm);
  }

  /**
   * Creates a new realm (unique name) in which a Keycloak client policy applies a FAPI client
   * profile to every client, with a {@code private_key_jwt} and a {@code tls_client_auth} client
   * that satisfy it; reach it over {@link #httpsBaseUri()} with the clients' certificates.
   *
   * @param profile the FAPI client profile
   * @return the realm's coordinates, keys and certificates
   */
  public KeycloakFapiRealm configureFapiRealm(KeycloakFapiRealm.Profile profile) {
    return new KeycloakFapiSetup(new KeycloakAdmin(http, baseUri, adminUser, adminPassword), this)
        .configure("fsonboard-fapi-" + REALMS.incrementAndGet(), profile);
  }

  /** Stops Keycloak by PID: the JVM child(ren) and {@code kc.sh}, forcibly after 30 s. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>();
    process.descendants().forEach(all::add);
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plusSeconds(30);
    for (ProcessHandle p : all) {
      try {
        long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        p.onExit().get(left, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      // Best effort: a stale pid file only misleads scripts/keycloak.sh status.
    }
  }

  private void awaitReady() {
    URI ready = baseUri.resolve("/realms/master/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + "; see " + logFile);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted waiting for Keycloak", e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "Keycloak not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
  }

  private Path pidFile() {
    return logFile.resolveSibling(logFile.getFileName() + ".pids");
  }

  private void writePidFile() {
    StringBuilder text = new StringBuilder();
    pids().forEach(pid -> text.append(pid).append('\n'));
    try {
      Files.writeString(pidFile(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path defaultLogFile(Path home) {
    // Failsafe runs in the module folder, so this is <module>/target.
    return Path.of("target")
        .toAbsolutePath()
        .resolve("keycloak-peer-" + ProcessHandle.current().pid() + ".log");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String randomSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
