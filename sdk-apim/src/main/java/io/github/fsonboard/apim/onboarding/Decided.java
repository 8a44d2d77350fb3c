package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.onboarding.PlannedAction.Action;

/**
 * One step's decision and the server's object it was made from: made once, then listed by a dry run
 * or carried out by a run, so the two cannot disagree.
 *
 * @param action the decision
 * @param found what the server holds (null when it holds nothing)
 * @param <T> the server object's type
 */
record Decided<T>(PlannedAction action, T found) {
  Action kind() {
    return action.action();
  }
}
