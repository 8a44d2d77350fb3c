package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.AdminPortal;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.is.IdentityServer;

/**
 * Finds the evidence for a pending task. The Admin API's task names the user, application and API
 * but carries no certificate (carbon-apimgt's approval executors store only names in the task's
 * properties), so the bank supplies where its certificates are read from: its onboarding records,
 * the Identity Server application of the TPP's client, or the API Manager key's {@code
 * sp_certificate}. {@link #fromServers} reads it all from the servers with the bank's own
 * credentials.
 */
@FunctionalInterface
public interface EvidenceSource {
  /**
   * Gathers the evidence for one task.
   *
   * @param task the task
   * @return the evidence; a null certificate makes the decision REFER
   */
  Evidence gather(WorkflowTask task);

  /**
   * Reads the evidence from the servers with the bank's own credentials: the task's application
   * through the Admin API ({@code apim:admin}), the certificate of the TPP's OAuth client from its
   * Identity Server application (named {@code <user>_<applicationUUID>_<keyType>} by the key
   * manager; the task's key type first, then the other), and the user's claims from the Identity
   * Server's SCIM users (string attributes by name, extension schema fields by their own name). No
   * application, two applications of that name, or no client with a certificate leaves the
   * certificate null, with the cause in {@link Evidence#source()}, so the task is referred.
   *
   * <pre>{@code
   * EvidenceSource evidence = EvidenceSource.fromServers(bank.adminPortal(), identityServer);
   * BackOffice office = BackOffice.of(bank.adminPortal().workflows(), Vetting.of(policy), evidence);
   * }</pre>
   *
   * @param admin the Admin API, signed in as the bank
   * @param identityServer the Identity Server, with admin credentials (application management view
   *     and SCIM user read)
   * @return the evidence source
   */
  static EvidenceSource fromServers(AdminPortal admin, IdentityServer identityServer) {
    Validation v = new Validation();
    v.require(admin != null, "admin", "is required");
    v.require(identityServer != null, "identityServer", "is required");
    v.throwIfInvalid();
    return new ServerEvidence(admin, identityServer);
  }
}
