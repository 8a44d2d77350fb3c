package io.github.fsonboard.apim.fsdcr;

import io.github.fsonboard.core.auth.Secret;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client as the FS DCR API answers it: the request's claims without {@code iss}, {@code iat},
 * {@code exp}, {@code aud} and {@code jti}, plus the IS client's id, secret and issue time
 * (GatewayUtils.constructDCRResponseForCreate / constructDCRResponseForRetrieval).
 *
 * @param clientId {@code client_id}
 * @param clientSecret {@code client_secret}, or null when the server sent none
 * @param clientIdIssuedAt {@code client_id_issued_at} in epoch seconds, 0 when absent (reads)
 * @param softwareId {@code software_id}, or null
 * @param redirectUris {@code redirect_uris}
 * @param grantTypes {@code grant_types}
 * @param tokenEndpointAuthMethod {@code token_endpoint_auth_method}, or null
 * @param scope {@code scope}, or null
 * @param metadata every field of the answer except the secret
 */
public record ClientRegistration(
    String clientId,
    Secret clientSecret,
    long clientIdIssuedAt,
    String softwareId,
    List<String> redirectUris,
    List<String> grantTypes,
    String tokenEndpointAuthMethod,
    String scope,
    Map<String, Object> metadata) {

  /** Copies the collections. */
  public ClientRegistration {
    redirectUris = List.copyOf(redirectUris);
    grantTypes = List.copyOf(grantTypes);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Reads a server answer.
   *
   * @param json the answer's members
   * @return the registration
   */
  static ClientRegistration fromJson(Map<String, Object> json) {
    Map<String, Object> metadata = new LinkedHashMap<>(json);
    Object secret = metadata.remove("client_secret");
    Object issuedAt = json.get("client_id_issued_at");
    return new ClientRegistration(
        text(json.get("client_id")),
        secret instanceof String s && !s.isEmpty() ? Secret.of(s) : null,
        issuedAt instanceof Number n ? n.longValue() : 0L,
        text(json.get("software_id")),
        strings(json.get("redirect_uris")),
        strings(json.get("grant_types")),
        text(json.get("token_endpoint_auth_method")),
        text(json.get("scope")),
        metadata);
  }

  private static String text(Object o) {
    return o instanceof String s ? s : null;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      list.forEach(e -> out.add(String.valueOf(e)));
    } else if (o instanceof String s) {
      out.add(s);
    }
    return out;
  }

  @Override
  public String toString() {
    return "ClientRegistration[clientId="
        + clientId
        + ", softwareId="
        + softwareId
        + ", clientSecret="
        + (clientSecret == null ? "none" : "***")
        + ", redirectUris="
        + redirectUris
        + ", grantTypes="
        + grantTypes
        + ", scope="
        + scope
        + "]";
  }
}
