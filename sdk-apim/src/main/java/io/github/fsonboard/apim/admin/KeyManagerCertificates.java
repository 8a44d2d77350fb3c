package io.github.fsonboard.apim.admin;

/**
 * How APIM gets the key manager's token-signing keys ({@code certificates} of the KeyManager
 * schema).
 *
 * @param type {@code "JWKS"} (value is the JWKS URL) or {@code "PEM"} (value is the certificate)
 * @param value the URL or the PEM text
 */
public record KeyManagerCertificates(String type, String value) {
  /**
   * A JWKS URL, as the seed configures: {@code {"type":"JWKS","value":"https://IS/oauth2/jwks"}}.
   *
   * @param url the JWKS endpoint
   * @return the certificates setting
   */
  public static KeyManagerCertificates jwks(String url) {
    return new KeyManagerCertificates("JWKS", url);
  }

  /**
   * A PEM certificate.
   *
   * @param pem the certificate text
   * @return the certificates setting
   */
  public static KeyManagerCertificates pem(String pem) {
    return new KeyManagerCertificates("PEM", pem);
  }
}
