package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.core.auth.Secret;
import java.util.List;

/**
 * The keys of one key type of a TPP application.
 *
 * @param keyType PRODUCTION or SANDBOX
 * @param keyManager the key manager's name
 * @param keyMappingId the key mapping's id; null when blocked by a pending application
 * @param consumerKey the OAuth client id; null when blocked, pending or rejected
 * @param consumerSecret the OAuth client secret (null when blocked or when the server hides it)
 * @param grantTypes the client's grant types
 * @param callbackUrl the client's callback URL, or null
 * @param action CREATE (generated now), UPDATE (grant types, callback or properties corrected),
 *     NONE (reused as is), BLOCKED (the application awaits approval: no key was generated; or the
 *     key generation was rejected, see {@link #isRejected()}) or PENDING (the key generation itself
 *     awaits approval: keyState CREATED, no consumer key); the same as the keys step's {@link
 *     PlannedAction}
 * @param keyState the key mapping's state as the server lists it: {@code COMPLETED} (keys issued),
 *     {@code CREATED} (no keys yet: the generation awaits approval), {@code REJECTED} (the approval
 *     workflow refused it); null when no key mapping exists
 */
public record KeyOutcome(
    KeyType keyType,
    String keyManager,
    String keyMappingId,
    String consumerKey,
    Secret consumerSecret,
    List<String> grantTypes,
    String callbackUrl,
    Action action,
    String keyState) {

  private static final String REJECTED = "REJECTED";

  /** Copies the list. */
  public KeyOutcome {
    grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
  }

  /**
   * Tells whether the keys wait for an approval: of the application, or of the key generation
   * itself (a 200 with {@code keyState} CREATED and no consumer key).
   *
   * @return true when no key exists yet because of an approval workflow
   */
  public boolean isPending() {
    return action == Action.PENDING || (action == Action.BLOCKED && !isRejected());
  }

  /**
   * Tells whether the bank rejected the key generation (carbon-apimgt {@code
   * AbstractApplicationRegistrationWorkflowExecutor.complete} leaves the key mapping in state
   * REJECTED, with no keys). The key type cannot be asked for again until the TPP cleans the key
   * mapping up ({@code devportal.keys().cleanUp(applicationId, keyMappingId())}).
   *
   * @return true when rejected
   */
  public boolean isRejected() {
    return REJECTED.equals(keyState);
  }
}
