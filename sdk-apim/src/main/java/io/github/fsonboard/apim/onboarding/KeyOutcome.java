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
 * @param consumerKey the OAuth client id; null when blocked
 * @param consumerSecret the OAuth client secret (null when blocked or when the server hides it)
 * @param grantTypes the client's grant types
 * @param callbackUrl the client's callback URL, or null
 * @param action CREATE (generated now), UPDATE (grant types, callback or properties corrected),
 *     NONE (reused as is), BLOCKED (the application awaits approval: no key was generated) or
 *     PENDING (the key generation itself awaits approval: 200, keyState CREATED, no consumer key);
 *     the same as the keys step's {@link PlannedAction}
 */
public record KeyOutcome(
    KeyType keyType,
    String keyManager,
    String keyMappingId,
    String consumerKey,
    Secret consumerSecret,
    List<String> grantTypes,
    String callbackUrl,
    Action action) {

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
    return action == Action.BLOCKED || action == Action.PENDING;
  }
}
