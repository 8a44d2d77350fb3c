package io.github.fsonboard.testkit.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.SslConnectionFactory;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * WireMock's Jetty for the IS side, asking for a client certificate the way IS's Tomcat connector
 * does for mutual TLS: <em>wanted</em>, not needed, so clients without one keep working. The leaf
 * certificate Jetty verified reaches the routes in {@link FsGateway#CERT_HEADER} (as IS's {@code
 * MutualTLSClientAuthenticator} reads either the {@code javax.servlet.request.X509Certificate}
 * attribute or the configured {@code MutualTLS.ClientCertificateHeader}); a header of that name the
 * client sent itself is dropped, so nothing but the handshake can claim a certificate.
 */
public final class ClientCertificateServer implements HttpServerFactory {

  private final SSLContext tls;

  /**
   * Creates the factory.
   *
   * @param tls the server key and the CAs whose client certificates the handshake accepts ({@link
   *     FsGateway#sslContext})
   */
  public ClientCertificateServer(SSLContext tls) {
    this.tls = tls;
  }

  @Override
  public String getName() {
    return "fsonboard-client-certificate-server";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected ServerConnector createHttpsConnector(
          String bindAddress,
          com.github.tomakehurst.wiremock.common.HttpsSettings https,
          com.github.tomakehurst.wiremock.common.JettySettings jetty,
          NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpsConnector(bindAddress, https, jetty, listener);
        for (SslConnectionFactory f :
            connector.getConnectionFactories().stream()
                .filter(SslConnectionFactory.class::isInstance)
                .map(SslConnectionFactory.class::cast)
                .toList()) {
          SslContextFactory.Server ssl = f.getSslContextFactory();
          ssl.setSslContext(tls);
          ssl.setWantClientAuth(true);
        }
        return connector;
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        context.addFilter(
            new FilterHolder(new CertificateToHeader()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }

  /** Puts the handshake's leaf certificate (URL-encoded PEM) in {@link FsGateway#CERT_HEADER}. */
  private static final class CertificateToHeader implements Filter {
    /**
     * The peer's leaf from the TLS session Jetty's SecureRequestCustomizer exposes (its {@code
     * X509Certificate} attribute stays empty under WireMock's relocated Jetty, the session does
     * not).
     */
    private static X509Certificate leafOf(ServletRequest request) {
      for (String name : Collections.list(request.getAttributeNames())) {
        if (request.getAttribute(name) instanceof SSLSession session) {
          try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509 ? x509 : null;
          } catch (SSLPeerUnverifiedException e) {
            return null; // no client certificate
          }
        }
      }
      return null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      X509Certificate leaf = leafOf(request);
      String pem =
          leaf == null ? null : URLEncoder.encode(KeyMaterial.pem(leaf), StandardCharsets.UTF_8);
      chain.doFilter(new WithCertificate((HttpServletRequest) request, pem), response);
    }
  }

  private static final class WithCertificate extends HttpServletRequestWrapper {
    private final String pem;

    WithCertificate(HttpServletRequest request, String pem) {
      super(request);
      this.pem = pem;
    }

    private static boolean isCertificateHeader(String name) {
      return FsGateway.CERT_HEADER.equalsIgnoreCase(name);
    }

    @Override
    public String getHeader(String name) {
      return isCertificateHeader(name) ? pem : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!isCertificateHeader(name)) {
        return super.getHeaders(name);
      }
      return Collections.enumeration(pem == null ? List.of() : List.of(pem));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(WithCertificate::isCertificateHeader);
      if (pem != null) {
        names.add(FsGateway.CERT_HEADER);
      }
      return Collections.enumeration(names);
    }
  }
}
