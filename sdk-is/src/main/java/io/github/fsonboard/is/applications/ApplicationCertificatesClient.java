package io.github.fsonboard.is.applications;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.internal.mgmt.ApplicationCertificateService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IS application's certificate ({@code advancedConfigurations.certificate}), the one IS uses for
 * a regulatory TPP's client (private_key_jwt, request objects). The FS key manager writes it only
 * when it creates the application: rotating a TPP's certificate needs this update besides the API
 * Manager key property (wso2-contracts §9, §9b). Scopes {@code internal_application_mgt_view} and
 * {@code internal_application_mgt_update}.
 *
 * <pre>{@code
 * CertificateChange c = is.applicationCertificates().set(consumerKey, newPem); // idempotent
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ApplicationCertificatesClient {
  private final ApplicationCertificateService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public ApplicationCertificatesClient(
      HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api =
        HttpEngine.of(transport)
            .service(baseUrl, authentication, ApplicationCertificateService.class);
  }

  /**
   * Finds the IS application of an OAuth client ({@code GET /applications?filter=clientId eq X}).
   *
   * @param clientId the OAuth client id (the APIM consumer key)
   * @return the application id, or empty when no application has that client
   */
  public Optional<String> applicationId(String clientId) {
    Validation.requireNonBlank(clientId, "clientId");
    Map<String, Object> page = Calls.execute(api.list("clientId eq " + clientId));
    List<Map<String, Object>> apps = Json.objects(page, "applications");
    return apps.isEmpty() ? Optional.empty() : Optional.ofNullable(Json.str(apps.get(0), "id"));
  }

  /**
   * Finds an IS application by its exact name ({@code GET /applications?filter=name eq X}; {@code
   * name}, {@code clientId} and {@code issuer} are the filter attributes identity-api-server's
   * {@code ServerApplicationManagementService.getAllApplications} accepts). Names are unique per
   * tenant; the key manager names a TPP's client {@code <user>_<applicationUUID>_<keyType>}.
   *
   * @param name the application name, without spaces
   * @return the application id, or empty when no application has that name
   */
  public Optional<String> applicationIdByName(String name) {
    Validation v = new Validation();
    v.require(name != null && !name.isBlank(), "name", "is required");
    v.require(name == null || !name.contains(" "), "name", "must not contain spaces");
    v.throwIfInvalid();
    Map<String, Object> page = Calls.execute(api.list("name eq " + name));
    return Json.objects(page, "applications").stream()
        .filter(a -> name.equals(Json.str(a, "name")))
        .map(a -> Json.str(a, "id"))
        .filter(id -> id != null && !id.isBlank())
        .findFirst();
  }

  /**
   * Reads an IS application's certificate by the application's id.
   *
   * @param applicationId the IS application id
   * @return the certificate as the server holds it (PEM or JWKS URL), or empty when none is set
   * @throws io.github.fsonboard.core.error.NotFoundException when there is no such application
   */
  public Optional<String> certificateOf(String applicationId) {
    return certificate(
        Calls.execute(api.get(Validation.requireNonBlank(applicationId, "applicationId"))));
  }

  /**
   * Reads an OAuth client's application certificate.
   *
   * @param clientId the OAuth client id
   * @return the certificate as the server holds it (PEM or JWKS URL), or empty when none is set
   * @throws ValidationException when no application has that client
   */
  public Optional<String> find(String clientId) {
    return certificate(Calls.execute(api.get(require(clientId))));
  }

  /**
   * Sets an OAuth client's application certificate, only when it differs from the one held (the
   * same certificate in another text form is the same): safe to repeat, and a run interrupted after
   * the write finds it done.
   *
   * @param clientId the OAuth client id
   * @param pem the new certificate (PEM, PEM with escaped {@code \n}, or bare base64 DER)
   * @return {@link CertificateChange#UPDATED} or {@link CertificateChange#UNCHANGED}
   * @throws ValidationException when the certificate does not parse, or no application has that
   *     client
   */
  public CertificateChange set(String clientId, String pem) {
    Validation.requireNonBlank(pem, "certificate");
    Certificates.canonicalPem(pem);
    return setOf(require(clientId), pem);
  }

  /**
   * Tells whether an IS application holds this certificate (in any text form).
   *
   * @param applicationId the IS application id
   * @param pem the certificate (PEM, PEM with escaped {@code \n}, or bare base64 DER)
   * @return true when it holds this one
   * @throws ValidationException when the certificate does not parse
   * @throws io.github.fsonboard.core.error.NotFoundException when there is no such application
   */
  public boolean holds(String applicationId, String pem) {
    Validation.requireNonBlank(pem, "certificate");
    String canonical = Certificates.canonicalPem(pem);
    return certificateOf(applicationId).map(held -> same(held, canonical)).orElse(false);
  }

  /**
   * Sets an IS application's certificate by the application's id, only when it differs from the one
   * held: safe to repeat.
   *
   * @param applicationId the IS application id (e.g. from {@link #applicationIdByName})
   * @param pem the new certificate (PEM, PEM with escaped {@code \n}, or bare base64 DER)
   * @return {@link CertificateChange#UPDATED} or {@link CertificateChange#UNCHANGED}
   * @throws ValidationException when the certificate does not parse
   */
  public CertificateChange setOf(String applicationId, String pem) {
    Validation.requireNonBlank(pem, "certificate");
    String canonical = Certificates.canonicalPem(pem);
    String id = Validation.requireNonBlank(applicationId, "applicationId");
    Optional<String> held = certificate(Calls.execute(api.get(id)));
    if (held.isPresent() && same(held.get(), canonical)) {
      return CertificateChange.UNCHANGED;
    }
    Map<String, Object> body =
        Map.of(
            "advancedConfigurations",
            Map.of("certificate", Map.of("type", "PEM", "value", canonical)));
    Calls.execute(api.patch(id, body));
    return CertificateChange.UPDATED;
  }

  private String require(String clientId) {
    return applicationId(clientId)
        .orElseThrow(
            () ->
                new ValidationException(
                    "clientId", "has no application at the Identity Server: " + clientId));
  }

  private static Optional<String> certificate(Map<String, Object> app) {
    Map<String, Object> cert =
        Json.object(Json.object(app, "advancedConfigurations"), "certificate");
    String value = Json.str(cert, "value");
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static boolean same(String held, String canonical) {
    try {
      return Certificates.canonicalPem(held).equals(canonical);
    } catch (ValidationException notAPem) {
      return false; // a JWKS URL, or text that is no certificate: replace it
    }
  }
}
