package io.github.fsonboard.apim.backoffice;

import java.util.Map;

/**
 * What vetting looks at for one task.
 *
 * @param certificatePem the TPP application's certificate ({@code sp_certificate}), or null when
 *     none could be found
 * @param apiName the API the task concerns (subscriptions), or null
 * @param userClaims the TPP user's claims (e.g. organisation), possibly empty
 * @param source where the certificate came from, for the reasons (e.g. "IS application")
 */
public record Evidence(
    String certificatePem, String apiName, Map<String, String> userClaims, String source) {

  /** Copies the claims. */
  public Evidence {
    userClaims = userClaims == null ? Map.of() : Map.copyOf(userClaims);
  }

  @Override
  public String toString() {
    return "Evidence[certificate="
        + (certificatePem == null ? "none" : "present")
        + ", apiName="
        + apiName
        + ", claims="
        + userClaims.keySet()
        + ", source="
        + source
        + "]";
  }
}
