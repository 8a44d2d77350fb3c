package io.github.fsonboard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The throw-away PKI of one Keycloak start (from {@link TestPki}): a server CA whose loopback leaf
 * Keycloak serves HTTPS with, and a client CA Keycloak's HTTPS listener trusts for client
 * certificates (mutual TLS, RFC 8705). Files live in a folder next to the peer's log.
 */
final class KeycloakTls {

  private final TestPki.Issued serverCa;
  private final TestPki.Issued clientCa;
  private final Path certificateFile;
  private final Path keyFile;
  private final Path trustStoreFile;
  private final String trustStorePassword;

  private KeycloakTls(Path dir) {
    this.serverCa = TestPki.ca("fsonboard keycloak server CA");
    this.clientCa = TestPki.ca("fsonboard TPP client CA");
    TestPki.Issued server = TestPki.leaf(serverCa, "127.0.0.1", "127.0.0.1", "localhost");
    this.certificateFile =
        TestPki.write(
            dir.resolve("server.crt"), server.certificatePem() + serverCa.certificatePem());
    this.keyFile = TestPki.write(dir.resolve("server.key"), server.privateKeyPem());
    this.trustStorePassword = KeycloakPeer.randomSecret();
    this.trustStoreFile =
        TestPki.trustStore(
            dir.resolve("client-ca.p12"), "PKCS12", trustStorePassword, clientCa.certificate());
  }

  /** Generates the PKI into {@code dir} (created when missing). */
  static KeycloakTls generate(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KeycloakTls(dir);
  }

  /** The {@code kc.sh} options for HTTPS on {@code port} that asks for a client certificate. */
  java.util.List<String> options(int port) {
    return java.util.List.of(
        "--https-port=" + port,
        "--https-certificate-file=" + certificateFile,
        "--https-certificate-key-file=" + keyFile,
        "--https-client-auth=request",
        "--https-trust-store-file=" + trustStoreFile,
        "--https-trust-store-password=" + trustStorePassword,
        "--https-trust-store-type=PKCS12");
  }

  X509Certificate serverCa() {
    return serverCa.certificate();
  }

  TestPki.Issued clientCertificate(String commonName) {
    return TestPki.leaf(clientCa, commonName);
  }
}
