package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.AdminApplication;
import io.github.fsonboard.apim.admin.AdminPortal;
import io.github.fsonboard.apim.admin.WorkflowSubject;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.applications.ApplicationCertificatesClient;
import io.github.fsonboard.is.scim.ScimUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a task's evidence from the servers with the bank's own credentials. A task names a user and
 * an application; the Admin API resolves the application's UUID ({@code GET
 * /applications?user=&name=}), and the Identity Server holds the certificate on the application of
 * the TPP's OAuth client: apim-km-wso2is {@code WSO2IS7KeyManager.createApplication} names that
 * client {@code <user>_<applicationUUID>_<keyType>}, and FS {@code
 * FSKeyManagerImpl.createApplication} writes the key's {@code sp_certificate} to its IS application
 * ({@code advancedConfigurations.certificate}) when the client is created (wso2-contracts §9, §9b).
 *
 * <p>A key type awaiting approval has no client yet (carbon-apimgt registers it with the key
 * manager only when the task completes), so the other key type's client is read as well: a TPP that
 * holds sandbox keys shows the certificate it registered with. The user's claims come from the
 * Identity Server's SCIM users. What cannot be found is named in the evidence's source, which the
 * REFER reason repeats.
 */
final class ServerEvidence implements EvidenceSource {
  private final AdminPortal admin;
  private final IdentityServer identityServer;

  ServerEvidence(AdminPortal admin, IdentityServer identityServer) {
    this.admin = admin;
    this.identityServer = identityServer;
  }

  @Override
  public Evidence gather(WorkflowTask task) {
    WorkflowSubject subject = task.subject();
    String user = subject.user();
    String apiName = subject instanceof WorkflowSubject.Subscription s ? s.apiName() : null;
    if (user == null || user.isBlank()) {
      return new Evidence(null, apiName, Map.of(), "the task names no user");
    }
    Map<String, String> claims = claims(user);
    String appName = applicationName(subject);
    if (appName == null) {
      return new Evidence(null, apiName, claims, "the task names no application");
    }
    List<AdminApplication> apps =
        admin.applications().stream(user, appName)
            .filter(a -> appName.equals(a.name()) && user.equalsIgnoreCase(a.owner()))
            .toList();
    if (apps.isEmpty()) {
      return new Evidence(
          null, apiName, claims, "no application " + appName + " owned by " + user + " found");
    }
    if (apps.size() > 1) {
      return new Evidence(
          null,
          apiName,
          claims,
          apps.size() + " applications named " + appName + " owned by " + user + ": ambiguous");
    }
    return certificate(user, apps.get(0), keyTypes(subject), apiName, claims);
  }

  private Evidence certificate(
      String user,
      AdminApplication app,
      List<KeyType> keyTypes,
      String apiName,
      Map<String, String> claims) {
    ApplicationCertificatesClient certificates = identityServer.applicationCertificates();
    List<String> tried = new ArrayList<>();
    for (KeyType keyType : keyTypes) {
      String clientName = user + "_" + app.applicationId() + "_" + keyType.name();
      Optional<String> id = certificates.applicationIdByName(clientName);
      if (id.isEmpty()) {
        tried.add(keyType.name() + ": no IS application " + clientName);
        continue;
      }
      Optional<String> pem = certificates.certificateOf(id.get());
      if (pem.isPresent()) {
        return new Evidence(pem.get(), apiName, claims, "IS application " + clientName);
      }
      tried.add(keyType.name() + ": IS application " + clientName + " holds no certificate");
    }
    return new Evidence(
        null, apiName, claims, "application " + app.name() + " " + String.join("; ", tried));
  }

  /**
   * The TPP user's SCIM attributes with string values, named as IS 7's SCIM2 API names them (its
   * claim dialects map the local claims): {@code userName}, {@code name.givenName}, {@code
   * name.familyName}, {@code emails} (the first address listed), and an extension schema's
   * attributes by their own name ({@code organization} of the enterprise extension, {@code country}
   * of {@code urn:scim:wso2:schema}).
   */
  private Map<String, String> claims(String user) {
    Optional<ScimUser> found = identityServer.users().findByUserName(user);
    Map<String, String> claims = new LinkedHashMap<>();
    found.ifPresent(
        u -> {
          flatten(u.attributes(), claims);
          if (!u.emails().isEmpty()) {
            // IS lists the emailaddress claim under core emails (claim-config.xml, SCIM 2 User).
            claims.putIfAbsent("emails", u.emails().get(0));
          }
        });
    return claims;
  }

  private static void flatten(Map<String, Object> attributes, Map<String, String> claims) {
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      if (e.getValue() instanceof String s) {
        claims.putIfAbsent(e.getKey(), s);
      } else if (e.getValue() instanceof Map<?, ?> nested) {
        String prefix = e.getKey().startsWith("urn:") ? "" : e.getKey() + ".";
        for (Map.Entry<?, ?> n : nested.entrySet()) {
          if (n.getValue() instanceof String s) {
            claims.putIfAbsent(prefix + n.getKey(), s);
          }
        }
      }
    }
  }

  private static String applicationName(WorkflowSubject subject) {
    if (subject instanceof WorkflowSubject.Application a) {
      return a.applicationName();
    }
    if (subject instanceof WorkflowSubject.Subscription s) {
      return s.applicationName();
    }
    if (subject instanceof WorkflowSubject.KeyGeneration k) {
      return k.applicationName();
    }
    return null;
  }

  /** The task's own key type first; any other task reads the production client first. */
  private static List<KeyType> keyTypes(WorkflowSubject subject) {
    if (subject instanceof WorkflowSubject.KeyGeneration k && k.keyType() == KeyType.SANDBOX) {
      return List.of(KeyType.SANDBOX, KeyType.PRODUCTION);
    }
    return List.of(KeyType.PRODUCTION, KeyType.SANDBOX);
  }
}
