package io.github.fsonboard.core.pkce;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fsonboard.core.cert.InvalidJwtException;
import io.github.fsonboard.core.cert.JwtValidator;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters the authorization server sent back to the redirect URI (RFC 6749 §4.1.2). {@link
 * #code(State)} checks {@code state} in constant time, turns an {@code error} response into {@link
 * AuthorizationDeniedException} and returns the authorization code.
 *
 * <pre>{@code
 * // in the servlet/controller handling https://tpp.example.com/callback?code=...&state=...
 * AuthorizationCallback callback = AuthorizationCallback.parse(requestUri);
 * String code = callback.code(State.of(session.get("state")));
 * }</pre>
 *
 * <p>The parameters are read from the query, or from the fragment when the query carries no {@code
 * code}, {@code error} or JARM {@code response} ({@code response_mode=fragment}, {@code
 * fragment.jwt}). A JWT-secured response is opened with {@link #jwtResponse(JwtValidator)}.
 * Immutable.
 */
public final class AuthorizationCallback {
  private static final String FIELD = "callback";
  private final Map<String, String> parameters;

  private AuthorizationCallback(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /**
   * Parses the full redirect URI as received.
   *
   * @param redirectUri the URI the user agent was sent back to
   * @return the parsed callback
   * @throws ValidationException naming {@code callback} when the URI is null, a parameter is
   *     repeated, or percent-encoding is broken
   */
  public static AuthorizationCallback parse(URI redirectUri) {
    if (redirectUri == null) {
      throw new ValidationException(FIELD, "is required");
    }
    Map<String, String> query = UriCodec.parseQuery(redirectUri.getRawQuery(), FIELD);
    if (!carriesResponse(query)) {
      Map<String, String> fragment = UriCodec.parseQuery(redirectUri.getRawFragment(), FIELD);
      if (carriesResponse(fragment)) {
        return new AuthorizationCallback(fragment);
      }
    }
    return new AuthorizationCallback(query);
  }

  /** A {@code code}, an {@code error}, or a JARM {@code response}. */
  private static boolean carriesResponse(Map<String, String> parameters) {
    return parameters.containsKey("code")
        || parameters.containsKey("error")
        || parameters.containsKey("response");
  }

  /**
   * Parses a raw query string (or {@code application/x-www-form-urlencoded} body of a {@code
   * form_post} response), without the leading {@code ?}.
   *
   * @param rawQuery e.g. {@code code=abc&state=xyz}
   * @return the parsed callback
   * @throws ValidationException naming {@code callback} when a parameter is repeated or
   *     percent-encoding is broken
   */
  public static AuthorizationCallback parseQuery(String rawQuery) {
    return new AuthorizationCallback(UriCodec.parseQuery(rawQuery, FIELD));
  }

  /**
   * Opens a JWT-secured authorization response (JARM, {@code response_mode=jwt}): validates the
   * {@code response} parameter with {@code validator} (signature by the server's keys, {@code iss},
   * {@code aud} containing the client, {@code exp} required) and returns its string claims ({@code
   * code}, {@code state}, {@code iss}, {@code error}, ...) as the callback to check with {@link
   * #code(State)} or {@link #code(State, String)}. Nothing outside the JWT is read, so a code or
   * state added to the redirect by someone else is ignored.
   *
   * <p>A callback with no {@code response} but a plain {@code error} (a server that could not sign
   * its refusal) is returned as it is: {@link #code(State)} then throws {@link
   * AuthorizationDeniedException}, and a forged error can only deny.
   *
   * @param validator a validator for the server's issuer and keys with this client as audience,
   *     e.g. the one inside {@code IdTokenValidator}
   * @return the response's parameters
   * @throws ValidationException naming {@code response} when it is missing
   * @throws InvalidJwtException naming the failed check (signature, issuer, audience, expiry) of
   *     the authorization response
   */
  public AuthorizationCallback jwtResponse(JwtValidator validator) {
    Validation.requireNonNull(validator, "validator");
    String response = parameters.get("response");
    if (response == null) {
      if (parameters.containsKey("error") && !parameters.containsKey("code")) {
        return this;
      }
      throw new ValidationException(
          "response", "is missing from the callback (the JWT response mode was asked for)");
    }
    JWTClaimsSet claims;
    try {
      claims = validator.validate(response);
    } catch (InvalidJwtException e) {
      throw new InvalidJwtException("authorization response " + e.reason());
    }
    Map<String, String> inner = new LinkedHashMap<>();
    claims
        .getClaims()
        .forEach(
            (name, value) -> {
              if (value instanceof String s) {
                inner.put(name, s);
              }
            });
    return new AuthorizationCallback(Collections.unmodifiableMap(inner));
  }

  /**
   * Checks the response and returns the authorization code.
   *
   * <p>Order of checks: a present {@code state} must equal {@code expectedState}; then an {@code
   * error} response is thrown as {@link AuthorizationDeniedException}; then {@code state} and
   * {@code code} must be present.
   *
   * @param expectedState the state sent in the authorization request
   * @return the authorization code, to exchange together with the {@link CodeVerifier}
   * @throws ValidationException naming {@code state} when it is missing or does not match, or
   *     {@code code} when it is missing or empty
   * @throws AuthorizationDeniedException when the server returned an {@code error}
   */
  public String code(State expectedState) {
    if (expectedState == null) {
      throw new ValidationException("expectedState", "is required");
    }
    String state = parameters.get("state");
    if (state != null && !expectedState.matches(state)) {
      throw new ValidationException(
          "state", "does not match the state sent in the authorization request");
    }
    String error = parameters.get("error");
    if (error != null) {
      throw new AuthorizationDeniedException(
          error, parameters.get("error_description"), parameters.get("error_uri"));
    }
    if (state == null) {
      throw new ValidationException("state", "is missing from the callback");
    }
    String code = parameters.get("code");
    if (code == null || code.isEmpty()) {
      throw new ValidationException("code", "is missing from the callback");
    }
    return code;
  }

  /**
   * Like {@link #code(State)}, and also requires the {@code iss} parameter (RFC 9207) to equal
   * {@code expectedIssuer}, which defends against authorization server mix-up when a client talks
   * to several servers.
   *
   * @param expectedState the state sent in the authorization request
   * @param expectedIssuer the issuer identifier of the server the request went to
   * @return the authorization code
   * @throws ValidationException naming {@code state}, {@code code} or {@code iss} when missing or
   *     wrong
   * @throws AuthorizationDeniedException when the server returned an {@code error}
   */
  public String code(State expectedState, String expectedIssuer) {
    Validation.requireNonBlank(expectedIssuer, "expectedIssuer");
    String iss = parameters.get("iss");
    if (iss == null) {
      throw new ValidationException("iss", "is missing from the callback");
    }
    if (!RandomValues.constantTimeEquals(expectedIssuer, iss)) {
      throw new ValidationException("iss", "is not the expected authorization server");
    }
    return code(expectedState);
  }

  /**
   * Returns the {@code state} as received, unchecked.
   *
   * @return the state
   */
  public Optional<String> state() {
    return Optional.ofNullable(parameters.get("state"));
  }

  /**
   * Returns the {@code error} code as received, if the server reported an error.
   *
   * @return the error code
   */
  public Optional<String> error() {
    return Optional.ofNullable(parameters.get("error"));
  }

  /**
   * Returns the {@code iss} parameter (RFC 9207), if the server sent one.
   *
   * @return the issuer identifier
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(parameters.get("iss"));
  }

  /**
   * Returns every parameter as received and decoded.
   *
   * @return an immutable map in received order
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** Never shows the code or state. */
  @Override
  public String toString() {
    return "AuthorizationCallback" + parameters.keySet();
  }
}
