package io.github.fsonboard.apim.lifecycle;

import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.AdminApplication;
import io.github.fsonboard.apim.admin.AdminApplicationsClient;
import io.github.fsonboard.apim.publisher.BlockState;
import io.github.fsonboard.apim.publisher.PublisherSubscription;
import io.github.fsonboard.apim.publisher.PublisherSubscriptionsClient;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
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

  private PublisherSubscription subscription(String apiId, String subscriptionId) {
    return subscriptions
        .find(apiId, subscriptionId)
        .orElseThrow(
            () ->
                new FsOnboardException("API " + apiId + " has no subscription " + subscriptionId));
  }
}
