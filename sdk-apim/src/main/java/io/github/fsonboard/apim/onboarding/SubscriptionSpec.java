package io.github.fsonboard.apim.onboarding;

/**
 * One API a TPP application subscribes to, given through {@link
 * TppOnboarding.Builder#subscribe(String, String, String)}.
 *
 * @param apiName the API's exact name
 * @param apiVersion the API's exact version
 * @param throttlingPolicy the subscription policy; must be one of the API's tiers
 */
public record SubscriptionSpec(String apiName, String apiVersion, String throttlingPolicy) {

  /**
   * A short label such as {@code AccountsAPI 1.0.0}.
   *
   * @return the label
   */
  public String label() {
    return apiName + " " + apiVersion;
  }
}
