package io.github.fsonboard.is.jwks;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.is.internal.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Retrieves a server's JWK set (WSO2 IS: {@code /oauth2/jwks}, or the discovered {@code jwks_uri}).
 * Retrieval only: no caching, no validation.
 *
 * <pre>{@code
 * JsonWebKeySet keys = is.jwks().fetch();
 * keys.findByKeyId(kid).ifPresent(k -> ...);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JwksClient {
  private final URI jwksUri;
  private final OkHttpClient http;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param jwksUri the key set URL
   */
  public JwksClient(HttpTransport transport, URI jwksUri) {
    this.jwksUri = BaseUrl.of(String.valueOf(jwksUri), "jwksUri").uri();
    this.http = HttpEngine.of(transport).client(Authentication.none());
  }

  /**
   * Returns the key set URL.
   *
   * @return the URI
   */
  public URI jwksUri() {
    return jwksUri;
  }

  /**
   * Fetches the key set.
   *
   * @return the keys
   * @throws FsOnboardException when the document is not a JWK set
   */
  public JsonWebKeySet fetch() {
    // Held to ResponseLimits.jwks(), not the 16 MiB API limit: a key set is small.
    Request request =
        RawCall.jwksResponse(new Request.Builder())
            .url(jwksUri.toString())
            .header("Accept", "application/jwk-set+json, application/json")
            .get()
            .build();
    String body = RawCall.execute(http, request).body();
    Map<String, Object> json = RawCall.jsonObject(body, "JWK set");
    if (!(json.get("keys") instanceof List<?>)) {
      throw new FsOnboardException("JWK set has no 'keys' array");
    }
    List<JsonWebKeyInfo> keys = new ArrayList<>();
    for (Map<String, Object> k : Json.objects(json, "keys")) {
      keys.add(
          new JsonWebKeyInfo(
              Json.str(k, "kid"),
              Json.str(k, "kty"),
              Json.str(k, "alg"),
              Json.str(k, "use"),
              Json.str(k, "x5t#S256"),
              Json.strings(k, "x5c"),
              Json.rest(k, java.util.Set.of())));
    }
    return new JsonWebKeySet(keys, body);
  }
}
