package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.http.KeyStrengthPolicy;
import io.github.fsonboard.core.internal.x509.KeyChecks;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Holds a server's certificate chain to the same strength floor as the SDK's certificate validator
 * (RSA and EC key sizes of a {@link KeyStrengthPolicy}, no MD5 or SHA-1 signatures) after the
 * wrapped trust manager has accepted it. A chain from a trusted private CA with an RSA-1024 key or
 * a SHA1withRSA signature fails the handshake, before any credential is sent. The trust anchor's
 * key is checked too; its self-signature is not (nothing relies on it).
 */
final class StrengthTrustManager extends X509ExtendedTrustManager {
  private final X509TrustManager delegate;
  private final KeyStrengthPolicy policy;

  /**
   * Wraps a trust manager.
   *
   * @param delegate decides trust
   * @param policy the key size floor
   */
  public StrengthTrustManager(X509TrustManager delegate, KeyStrengthPolicy policy) {
    this.delegate = delegate;
    this.policy = policy;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    if (delegate instanceof X509ExtendedTrustManager x) {
      x.checkServerTrusted(chain, authType, socket);
    } else {
      delegate.checkServerTrusted(chain, authType);
    }
    checkStrength(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    if (delegate instanceof X509ExtendedTrustManager x) {
      x.checkServerTrusted(chain, authType, engine);
    } else {
      delegate.checkServerTrusted(chain, authType);
    }
    checkStrength(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType);
    checkStrength(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("this trust manager only checks servers");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("this trust manager only checks servers");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager only checks servers");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  private void checkStrength(X509Certificate[] chain) throws CertificateException {
    for (int i = 0; i < chain.length; i++) {
      X509Certificate c = chain[i];
      check(c, KeyChecks.keyProblem(c.getPublicKey(), policy.minRsaBits(), policy.minEcBits()));
      boolean selfSigned = c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
      if (!(selfSigned && i == chain.length - 1)) {
        check(c, KeyChecks.signatureProblem(c));
      }
    }
    X509Certificate last = chain[chain.length - 1];
    for (X509Certificate anchor : delegate.getAcceptedIssuers()) {
      if (anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
        check(
            anchor,
            KeyChecks.keyProblem(anchor.getPublicKey(), policy.minRsaBits(), policy.minEcBits()));
      }
    }
  }

  private static void check(X509Certificate c, String problem) throws CertificateException {
    if (problem != null) {
      throw new CertificateException(
          "server certificate "
              + c.getSubjectX500Principal().getName()
              + " is too weak: "
              + problem);
    }
  }
}
