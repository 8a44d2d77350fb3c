package io.github.fsonboard.core.cert;

import com.sun.net.httpserver.HttpServer;
import io.github.fsonboard.harness.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An OCSP responder and CRL server on 127.0.0.1, answering with BouncyCastle-built responses whose
 * status, signer, nonce and freshness each test sets.
 */
final class TestRevocationServer implements AutoCloseable {
  enum Answer {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  enum NonceMode {
    ECHO,
    WRONG,
    NONE
  }

  volatile Answer answer = Answer.GOOD;
  volatile NonceMode nonceMode = NonceMode.ECHO;
  volatile X509Certificate signerCert;
  volatile PrivateKey signerKey;
  volatile int httpStatus = 200;
  volatile int ocspStatus = OCSPRespBuilder.SUCCESSFUL;
  volatile byte[] rawOcspBody;
  volatile Instant nextUpdate = TestPki.NOW.plus(Duration.ofDays(1));
  volatile long delayMillis;
  final Map<String, byte[]> crls = new ConcurrentHashMap<>();
  final AtomicInteger ocspRequests = new AtomicInteger();
  final AtomicInteger crlRequests = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  TestRevocationServer(TestPki.Issued issuer) throws IOException {
    this.signerCert = issuer.certificate();
    this.signerKey = issuer.privateKey();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/ocsp",
        exchange -> {
          ocspRequests.incrementAndGet();
          byte[] body;
          try {
            if (delayMillis > 0) {
              Thread.sleep(delayMillis);
            }
            body =
                rawOcspBody != null ? rawOcspBody : ocsp(exchange.getRequestBody().readAllBytes());
          } catch (Exception e) {
            body = new byte[0];
          }
          send(exchange, httpStatus, body, "application/ocsp-response");
        });
    server.createContext(
        "/crl/",
        exchange -> {
          crlRequests.incrementAndGet();
          byte[] crl = crls.get(exchange.getRequestURI().getPath());
          send(
              exchange,
              crl == null ? 404 : 200,
              crl == null ? new byte[0] : crl,
              "application/pkix-crl");
        });
    server.start();
  }

  private static void send(
      com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body, String type)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String ocspUrl() {
    return base() + "/ocsp";
  }

  String crlUrl(String name) {
    return base() + "/crl/" + name;
  }

  /** Builds the response this server would send for an OCSP request. */
  byte[] ocsp(byte[] request) throws Exception {
    OCSPReq req = new OCSPReq(request);
    if (ocspStatus != OCSPRespBuilder.SUCCESSFUL) {
      return new OCSPRespBuilder().build(ocspStatus, null).getEncoded();
    }
    X509CertificateHolder signer = new JcaX509CertificateHolder(signerCert);
    BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(signer.getSubject()));
    Date thisUpdate = Date.from(TestPki.NOW.minus(Duration.ofHours(1)));
    for (Req r : req.getRequestList()) {
      CertificateStatus status =
          switch (answer) {
            case GOOD -> CertificateStatus.GOOD;
            case REVOKED ->
                new RevokedStatus(
                    Date.from(TestPki.NOW.minus(Duration.ofDays(2))), CRLReason.keyCompromise);
            case UNKNOWN -> new UnknownStatus();
          };
      builder.addResponse(r.getCertID(), status, thisUpdate, Date.from(nextUpdate), null);
    }
    Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonceMode == NonceMode.ECHO && nonce != null) {
      builder.setResponseExtensions(new Extensions(nonce));
    } else if (nonceMode == NonceMode.WRONG) {
      byte[] other = new byte[16];
      new SecureRandom().nextBytes(other);
      builder.setResponseExtensions(
          new Extensions(
              new Extension(
                  OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                  false,
                  new DEROctetString(other).getEncoded())));
    }
    BasicOCSPResp basic =
        builder.build(
            new JcaContentSignerBuilder(TestPki.defaultSignatureAlgorithm(signerKey))
                .build(signerKey),
            new X509CertificateHolder[] {signer},
            Date.from(TestPki.NOW));
    OCSPResp resp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    return resp.getEncoded();
  }

  /** Publishes a CRL at {@code /crl/name}. */
  void publishCrl(
      String name,
      TestPki.Issued signer,
      X500Name issuerName,
      Instant next,
      X509Certificate... revoked)
      throws Exception {
    X509v2CRLBuilder b =
        new X509v2CRLBuilder(issuerName, Date.from(TestPki.NOW.minus(Duration.ofHours(1))));
    b.setNextUpdate(Date.from(next));
    for (X509Certificate c : revoked) {
      b.addCRLEntry(
          c.getSerialNumber(),
          Date.from(TestPki.NOW.minus(Duration.ofDays(1))),
          CRLReason.superseded);
    }
    crls.put(
        "/crl/" + name,
        b.build(
                new JcaContentSignerBuilder(TestPki.defaultSignatureAlgorithm(signer.privateKey()))
                    .build(signer.privateKey()))
            .getEncoded());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
