package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import java.util.List;
import java.util.Objects;

/**
 * What {@link KeyManagerSetup#apply()} did.
 *
 * @param keyManagerId the key manager's id on the server
 * @param name the key manager's name
 * @param action CREATE when it was absent, UPDATE when some fields had drifted, NONE when it
 *     matched
 * @param changedFields the names of the fields an UPDATE changed (e.g. {@code tokenEndpoint},
 *     {@code additionalProperties.Username}); empty otherwise
 * @param residentKeyManagerAction UPDATE when the Resident Key Manager was disabled now, NONE when
 *     it was already disabled, absent or not asked for
 * @param steps every step, in order
 */
public record KeyManagerSetupReport(
    String keyManagerId,
    String name,
    Action action,
    List<String> changedFields,
    Action residentKeyManagerAction,
    List<StepEvent> steps) {

  /** Validates and copies the components. */
  public KeyManagerSetupReport {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(residentKeyManagerAction, "residentKeyManagerAction");
    changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /**
   * Tells whether the run changed anything on the server.
   *
   * @return true when the key manager or the Resident Key Manager changed
   */
  public boolean changedAnything() {
    return action != Action.NONE || residentKeyManagerAction != Action.NONE;
  }
}
