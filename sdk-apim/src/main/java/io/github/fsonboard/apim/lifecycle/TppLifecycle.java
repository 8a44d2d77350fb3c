package io.github.fsonboard.apim.lifecycle;

import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminApplication;
import io.github.fsonboard.apim.admin.AdminApplicationsClient;
import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction;
import io.github.fsonboard.apim.publisher.BlockState;
import io.github.fsonboard.apim.publisher.PublisherSubscription;
import io.github.fsonboard.apim.publisher.PublisherSubscriptionsClient;
import io.github.fsonboard.core.cert.Certificates;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.applications.ApplicationCertificatesClient;
import java.util.List;
import java.util.Optional;

/**
 * A TPP's applications and subscriptions managed by the bank with its own credentials (Admin API
 * {@code /applications}, Publisher API {@code /subscriptions/block-subscription} and {@code
 * /unblock-subscription}), each as a {@link LifecycleChange}: planned by reading the current state,
 * applied only when a write is still needed. Thread-safe.
 *
 * <pre>{@code
 * TppLifecycle tpps = TppLifecycle.of(apim.admin("admin", adminPassword));
 * LifecycleChange block = tpps.blockSubscription(apiId, subscriptionId, BlockState.BLOCKED);
 * System.out.println(block);          // dry run: what would be written and why
 * LifecycleOutcome done = block.apply();
 * }</pre>
 */
public final class TppLifecycle {
  private final AdminApplicationsClient applications;
  private final PublisherSubscriptionsClient subscriptions;

  private TppLifecycle(ApimSession bank) {
    this.applications = bank.adminPortal().applications();
    this.subscriptions = bank.publisherPortal().subscriptions();
  }

  /**
   * Uses a bank session signed in with {@link io.github.fsonboard.apim.auth.ApimScopes#ADMIN}.
   *
   * @param bank the bank's session, e.g. {@code apim.admin(user, password)}
   * @return the lifecycle operations
   */
  public static TppLifecycle of(ApimSession bank) {
    Validation.requireNonNull(bank, "bank");
    return new TppLifecycle(bank);
  }

  /**
   * Plans blocking a subscription: no write when it already has this block state.
   *
   * @param apiId the API's UUID (the Publisher API lists subscriptions per API)
   * @param subscriptionId the subscription's UUID
   * @param state how far to block it
   * @return the planned change
   * @throws FsOnboardException when the API has no such subscription
   */
  public LifecycleChange blockSubscription(String apiId, String subscriptionId, BlockState state) {
    Validation.requireNonNull(state, "state");
    return new LifecycleChange(
        "block subscription " + subscriptionId + " (" + state + ")",
        () -> {
          PublisherSubscription s = subscription(apiId, subscriptionId);
          return s.is(state)
              ? LifecycleChange.Decision.nothing("already " + state)
              : LifecycleChange.Decision.write(
                  "status is " + s.subscriptionStatus(), subscriptionId);
        },
        id -> subscriptions.block(id, state));
  }

  /**
   * Plans unblocking a subscription. Only a blocked one is unblocked: the server's unblock sets
   * {@code UNBLOCKED} from any status, which would release a subscription held {@code ON_HOLD} or
   * {@code REJECTED} by an approval workflow without anyone approving it.
   *
   * @param apiId the API's UUID
   * @param subscriptionId the subscription's UUID
   * @return the planned change
   * @throws FsOnboardException when the API has no such subscription
   */
  public LifecycleChange unblockSubscription(String apiId, String subscriptionId) {
    return new LifecycleChange(
        "unblock subscription " + subscriptionId,
        () -> {
          PublisherSubscription s = subscription(apiId, subscriptionId);
          if (s.blocked()) {
            return LifecycleChange.Decision.write(
                "status is " + s.subscriptionStatus(), subscriptionId);
          }
          return LifecycleChange.Decision.nothing(
              "UNBLOCKED".equals(s.subscriptionStatus())
                  ? "already UNBLOCKED"
                  : "status is "
                      + s.subscriptionStatus()
                      + ", not a block: approve or reject its workflow instead");
        },
        subscriptions::unblock);
  }

  /**
   * Plans deleting a TPP's application (with its subscriptions and keys): no write when the owner
   * has no application of that name.
   *
   * @param owner the TPP user
   * @param applicationName the exact application name
   * @return the planned change
   */
  public LifecycleChange deleteApplication(String owner, String applicationName) {
    return new LifecycleChange(
        "delete application " + applicationName + " of " + owner,
        () ->
            applications
                .find(owner, applicationName)
                .map(
                    a ->
                        LifecycleChange.Decision.write(
                            "exists (" + a.status() + ")", a.applicationId()))
                .orElse(LifecycleChange.Decision.nothing("no such application")),
        id -> {
          try {
            applications.delete(id);
          } catch (NotFoundException e) {
            // carbon-apimgt ApplicationsApiServiceImpl.applicationsApplicationIdDelete answers 404
            // when someone deleted it since the plan: the wanted state holds.
          }
        });
  }

  /**
   * Plans giving a TPP's application to another user: no write when the new owner already has it.
   *
   * @param owner the current owner
   * @param applicationName the exact application name
   * @param newOwner the user to give it to
   * @return the planned change
   * @throws FsOnboardException when neither user has an application of that name
   */
  public LifecycleChange changeOwner(String owner, String applicationName, String newOwner) {
    Validation.requireNonBlank(newOwner, "newOwner");
    return new LifecycleChange(
        "give application " + applicationName + " of " + owner + " to " + newOwner,
        () -> {
          Optional<AdminApplication> app = applications.find(owner, applicationName);
          if (app.isPresent()) {
            return LifecycleChange.Decision.write("owned by " + owner, app.get().applicationId());
          }
          if (applications.find(newOwner, applicationName).isPresent()) {
            return LifecycleChange.Decision.nothing("already owned by " + newOwner);
          }
          throw new FsOnboardException(
              "Neither " + owner + " nor " + newOwner + " has an application " + applicationName);
        },
        id -> applications.changeOwner(id, newOwner));
  }

  /**
   * Plans the bank's half of rotating a TPP's certificate: the Identity Server application of the
   * TPP's OAuth client gets the new certificate ({@code advancedConfigurations.certificate}, the
   * one IS checks private_key_jwt and request objects against), written with the bank's IS admin
   * credentials and only when it holds another one.
   *
   * <p>The API Manager half is left to the TPP, and {@link LifecycleChange#leftToOthers()} says so:
   * only an application's owner may update its keys (carbon-apimgt {@code
   * RestAPIStoreUtils.isUserAccessAllowedForApplication} answers anyone else 403), so the key's
   * {@code sp_certificate} property (which FS {@code FSKeyManagerImpl.retrieveApplication} reads
   * back from the IS application's {@code additionalSpProperties}, written by {@code
   * FSKeyManagerImpl.updateSpProperties} on the TPP's key update) keeps the old value until the
   * TPP's own run ({@code Onboarding.certificateRotation}, or a {@code TppOnboarding} with the new
   * certificate).
   *
   * <p>The IS application is found by the name apim-km-wso2is {@code
   * WSO2IS7KeyManager.createApplication} gives the client: {@code
   * <owner>_<applicationUUID>_<keyType>}, the application's UUID read through the Admin API.
   *
   * @param identityServer the Identity Server, signed in with the bank's IS admin credentials
   * @param owner the TPP user
   * @param applicationName the TPP's application
   * @param keyType the keys whose client is rotated
   * @param pem the new certificate (PEM, PEM with escaped {@code \n}, or bare base64 DER)
   * @return the planned change
   * @throws io.github.fsonboard.core.error.ValidationException naming every missing or bad argument
   * @throws FsOnboardException when the owner has no such application, or it has no keys of this
   *     type at an IS key manager
   */
  public LifecycleChange rotateCertificate(
      IdentityServer identityServer,
      String owner,
      String applicationName,
      KeyType keyType,
      String pem) {
    Validation v = new Validation();
    v.require(identityServer != null, "identityServer", "is required");
    v.require(owner != null && !owner.isBlank(), "owner", "is required");
    v.require(
        applicationName != null && !applicationName.isBlank(), "applicationName", "is required");
    v.require(keyType != null, "keyType", "is required");
    boolean parses;
    try {
      Certificates.parseOne(pem == null ? "" : pem);
      parses = true;
    } catch (RuntimeException e) {
      parses = false;
    }
    v.require(parses, "certificate", "must be one X.509 certificate (PEM or base64 DER)");
    v.throwIfInvalid();
    ApplicationCertificatesClient certificates = identityServer.applicationCertificates();
    PlannedAction apimHalf =
        new PlannedAction(
            "API Manager key "
                + keyType
                + " "
                + FsApplicationProperties.SP_CERTIFICATE
                + " of "
                + applicationName,
            PlannedAction.Action.BLOCKED,
            "needs the TPP: only the application's owner may update its keys (carbon-apimgt"
                + " RestAPIStoreUtils.isUserAccessAllowedForApplication answers others 403); the"
                + " key keeps the old certificate until the TPP's own run updates it",
            null);
    return new LifecycleChange(
        "rotate the Identity Server certificate of "
            + applicationName
            + " of "
            + owner
            + " ("
            + keyType
            + ")",
        () -> {
          String client = isClientName(owner, applicationName, keyType);
          String id =
              certificates
                  .applicationIdByName(client)
                  .orElseThrow(
                      () ->
                          new FsOnboardException(
                              "No Identity Server application "
                                  + client
                                  + ": "
                                  + applicationName
                                  + " of "
                                  + owner
                                  + " has no "
                                  + keyType
                                  + " keys at an IS key manager yet"));
          return certificates.holds(id, pem)
              ? LifecycleChange.Decision.nothing(
                  "IS application " + client + " already holds the certificate")
              : LifecycleChange.Decision.write(
                  "IS application " + client + " holds another certificate", id);
        },
        id -> certificates.setOf(id, pem),
        List.of(apimHalf));
  }

  /** apim-km-wso2is WSO2IS7KeyManager.createApplication: {@code <user>_<appUUID>_<keyType>}. */
  private String isClientName(String owner, String applicationName, KeyType keyType) {
    AdminApplication app =
        applications
            .find(owner, applicationName)
            .orElseThrow(
                () -> new FsOnboardException(owner + " has no application " + applicationName));
    return owner + "_" + app.applicationId() + "_" + keyType.name();
  }

  private PublisherSubscription subscription(String apiId, String subscriptionId) {
    return subscriptions
        .find(apiId, subscriptionId)
        .orElseThrow(
            () ->
                new FsOnboardException("API " + apiId + " has no subscription " + subscriptionId));
  }
}
