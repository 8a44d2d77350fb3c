package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** The IS side wants, but does not need, a client certificate (IS's Tomcat mutual TLS). */
@WithWso2Emulator
class IsMutualTlsHandshakeTest {
  Wso2Emulator wso2;

  private static Certificate[] presented(SSLContext tls, String base) throws Exception {
    URI uri = URI.create(base);
    try (SSLSocket s =
        (SSLSocket) tls.getSocketFactory().createSocket("localhost", uri.getPort())) {
      s.startHandshake();
      return s.getSession().getLocalCertificates();
    }
  }

  @Test
  void aClientCertificateIsAskedForButNotRequired() throws Exception {
    TestSoftware tpp = wso2.directory().software("handshakeTpp").issue();
    assertThat(presented(TestHttp.presenting(wso2, tpp), wso2.isBaseUrl()))
        .containsExactly(tpp.transportCertificate());
    assertThat(presented(wso2.sslContext(), wso2.isBaseUrl())).isNull();
  }
}
