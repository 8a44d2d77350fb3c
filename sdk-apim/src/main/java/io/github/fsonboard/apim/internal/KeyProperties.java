package io.github.fsonboard.apim.internal;

import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Application key properties ({@code additionalProperties} of generate-keys and oauth-keys) as the
 * server shows them and as it validates them.
 *
 * <p>Server truth (wso2-contracts §9): the key listing rebuilds the properties from the key
 * manager's {@code retrieveApplication} (apim-km-wso2is {@code
 * WSO2IS7KeyManager.buildDTOFromClientInfo}), so lifetimes come back as JSON numbers ({@code 0}
 * when unset), the PKCE and public-client flags as JSON booleans; FS ({@code
 * FSKeyManagerImpl.validateOAuthAppCreationProperties}) then parses every lifetime with {@code
 * Long.parseLong} and wants the flags as exactly {@code "true"}/{@code "false"}. So what is sent is
 * rendered as strings, integral, lower-case.
 */
public final class KeyProperties {
  // The FS key manager's property names (FSKeyManagerImpl); FsApplicationProperties publishes them.

  /** The {@code sp_certificate} property. */
  public static final String SP_CERTIFICATE = "sp_certificate";

  /** The {@code ext_pkce_mandatory} property. */
  public static final String PKCE_MANDATORY = "ext_pkce_mandatory";

  /** The {@code ext_pkce_support_plain} property. */
  public static final String PKCE_SUPPORT_PLAIN = "ext_pkce_support_plain";

  /** The {@code ext_public_client} property. */
  public static final String PUBLIC_CLIENT = "ext_public_client";

  /** The {@code ext_application_token_lifetime} property. */
  public static final String APPLICATION_TOKEN_LIFETIME = "ext_application_token_lifetime";

  /** The {@code ext_user_token_lifetime} property. */
  public static final String USER_TOKEN_LIFETIME = "ext_user_token_lifetime";

  /** The {@code ext_refresh_token_lifetime} property. */
  public static final String REFRESH_TOKEN_LIFETIME = "ext_refresh_token_lifetime";

  /** The {@code ext_id_token_lifetime} property. */
  public static final String ID_TOKEN_LIFETIME = "ext_id_token_lifetime";

  /** The {@code N/A} property value. */
  public static final String NOT_APPLICABLE = "N/A";

  /** The flags FS checks for exactly {@code "true"} or {@code "false"}. */
  public static final List<String> FLAGS =
      List.of(PKCE_MANDATORY, PKCE_SUPPORT_PLAIN, PUBLIC_CLIENT);

  /** The lifetimes FS parses as longs. */
  public static final List<String> LIFETIMES =
      List.of(
          APPLICATION_TOKEN_LIFETIME,
          USER_TOKEN_LIFETIME,
          REFRESH_TOKEN_LIFETIME,
          ID_TOKEN_LIFETIME);

  private KeyProperties() {}

  /**
   * Renders properties the way the FS key manager validates them: numbers as integral text ({@link
   * JsonNumbers}), booleans as {@code "true"}/{@code "false"}, the certificate as one canonical
   * PEM, other strings as they are; null values are left out and nested values are kept. Nothing is
   * added.
   *
   * @param properties the properties, or null
   * @return the rendered copy (null for null)
   */
  public static Map<String, Object> render(Map<String, ?> properties) {
    if (properties == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    properties.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> || v instanceof List<?>) {
            out.put(k, v);
          } else if (SP_CERTIFICATE.equals(k) && v != null) {
            out.put(k, canonicalCertificate(v.toString()));
          } else if (v != null) {
            out.put(k, JsonNumbers.text(v));
          }
        });
    return out;
  }

  /**
   * Records a flag that FS would refuse: anything but a boolean, {@code "true"}, {@code "false"},
   * blank or {@code "N/A"} (FS skips the last two).
   *
   * @param v the collector
   * @param properties the properties, or null
   */
  public static void checkFlags(Validation v, Map<String, ?> properties) {
    if (properties == null) {
      return;
    }
    for (String key : FLAGS) {
      Object value = properties.get(key);
      if (value == null || value instanceof Boolean) {
        continue;
      }
      String s = value.toString();
      v.require(
          s.equals("true") || s.equals("false") || s.isBlank() || s.equals("N/A"),
          "additionalProperties." + key,
          "must be exactly \"true\" or \"false\"");
    }
  }

  /**
   * Tells whether a property asked for already holds on the server, reading the server's shapes:
   * numbers and booleans for strings, {@code 0} (or nothing) for an unset lifetime, and the
   * certificate by its content rather than its formatting.
   *
   * @param key the property
   * @param want the value asked for
   * @param have the value the server lists, or null
   * @return true when no update is needed
   */
  public static boolean same(String key, String want, Object have) {
    if (SP_CERTIFICATE.equals(key)) {
      return sameCertificate(want, have == null ? null : have.toString());
    }
    String haveText = JsonNumbers.text(have);
    if (LIFETIMES.contains(key)) {
      return unsetAsZero(want).equals(unsetAsZero(haveText));
    }
    return haveText != null && want.equals(haveText);
  }

  /**
   * The canonical PEM of a certificate given in any form the server accepts (PEM, PEM with escaped
   * {@code \n}, bare base64: FS {@code CertificateUtils.parseCertificate}).
   *
   * @param text the certificate text, or null
   * @return the canonical PEM, or the text unchanged when it is not a certificate (validation
   *     reports that)
   */
  public static String canonicalCertificate(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    try {
      return Certificates.canonicalPem(text);
    } catch (ValidationException notACertificate) {
      return text;
    }
  }

  /** Same certificate: the same DER, or (when either is not a certificate) the same text. */
  private static boolean sameCertificate(String want, String have) {
    String a = canonicalCertificate(want);
    String b = canonicalCertificate(have);
    return a == null || b == null ? a == b : a.equals(b);
  }

  /** FS stores "N/A" or an empty lifetime as unset, which the listing shows as 0. */
  private static String unsetAsZero(String lifetime) {
    return lifetime == null || lifetime.isBlank() || NOT_APPLICABLE.equals(lifetime)
        ? "0"
        : lifetime.trim();
  }
}
