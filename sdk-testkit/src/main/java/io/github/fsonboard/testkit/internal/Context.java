package io.github.fsonboard.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every handler needs: state, tokens, settings and the two base URLs. */
public final class Context {
  /** Scopes the APIM token endpoint grants to admins, on top of the subscriber scopes. */
  public static final List<String> ADMIN_SCOPES =
      List.of(
          "apim:admin",
          "apim:admin_operations",
          "apim:tier_view",
          "apim:subscription_view",
          "apim:subscription_block");

  /** Scopes the APIM token endpoint grants to subscribers (Internal/subscriber). */
  public static final List<String> SUBSCRIBER_SCOPES =
      List.of("apim:subscribe", "apim:app_manage", "apim:sub_manage", "apim:api_key");

  /** The state. */
  public final Store store;

  /** The token service. */
  public final Tokens tokens;

  /** The settings. */
  public final Settings settings;

  /** The APIM base URL without trailing slash. */
  public volatile String apimBase = "";

  /** The IS base URL without trailing slash. */
  public volatile String isBase = "";

  /**
   * Resolves a JWKS URL this emulator serves itself (the test directory's) to the JWKS, or null:
   * the token endpoint must not fetch its own URLs over HTTP while it holds the state lock.
   */
  public volatile java.util.function.Function<String, Map<String, Object>> localJwks = url -> null;

  /**
   * Creates a context.
   *
   * @param store state
   * @param tokens tokens
   * @param settings settings
   */
  public Context(Store store, Tokens tokens, Settings settings) {
    this.store = store;
    this.tokens = tokens;
    this.settings = settings;
  }

  /**
   * The IS issuer, as WSO2 IS 7 reports it.
   *
   * @return issuer URL
   */
  public String isIssuer() {
    return isBase + "/oauth2/token";
  }

  /**
   * Scopes a user may get from the APIM token endpoint.
   *
   * @param user the user
   * @return allowed scopes
   */
  public static List<String> allowedApimScopes(Store.User user) {
    List<String> out = new ArrayList<>();
    if (user.isAdmin()) {
      out.addAll(ADMIN_SCOPES);
      out.addAll(SUBSCRIBER_SCOPES);
    } else if (user.roles.contains("Internal/subscriber")) {
      out.addAll(SUBSCRIBER_SCOPES);
    }
    return out;
  }

  /**
   * Splits a space-separated scope string.
   *
   * @param scope the scope parameter (may be null)
   * @return scope names
   */
  public static List<String> splitScopes(String scope) {
    if (scope == null || scope.isBlank()) {
      return List.of();
    }
    return Arrays.stream(scope.trim().split("\\s+")).distinct().toList();
  }

  /**
   * Requires an APIM bearer token holding any of the given scopes.
   *
   * @param request the request
   * @param anyOf accepted scopes (none = just a valid token)
   * @return the token record
   * @throws Halt 401/403 in the APIM error shape
   */
  public TokenRecord requireApimToken(Request request, String... anyOf) {
    return requireToken(request, "apim", anyOf);
  }

  /**
   * Requires a bearer token of a realm, answering as the APIM gateway does: APIs on the gateway
   * accept tokens of the key manager (realm {@code is}) too.
   *
   * @param request the request
   * @param realm the realm that issued the token ({@code apim} or {@code is})
   * @param anyOf accepted scopes (none = just a valid token)
   * @return the token record
   * @throws Halt 401/403 in the APIM error shape
   */
  public TokenRecord requireToken(Request request, String realm, String... anyOf) {
    String bearer = request.bearer();
    if (bearer == null) {
      throw new Halt(
          Replies.apimError(
              401,
              900902,
              "Missing Credentials",
              "Invalid Credentials. Make sure your API invocation call has a header: "
                  + "'Authorization : Bearer ***'"));
    }
    TokenRecord token = tokens.verify(bearer, realm);
    if (token == null) {
      throw new Halt(
          Replies.apimError(
              401,
              900901,
              "Invalid Credentials",
              "Invalid Credentials. Make sure you have provided the correct security credentials"));
    }
    if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(token.scopes()::contains)) {
      throw new Halt(
          Replies.apimError(
              403,
              900910,
              "The access token does not allow you to access the requested resource",
              "User is NOT authorized to access the Resource: "
                  + request.path()
                  + ". Scope validation failed."));
    }
    return token;
  }

  /**
   * The user a devportal call acts for.
   *
   * @param token the verified token
   * @return the user name
   * @throws Halt 403 for a token that carries no user
   */
  public static String owner(TokenRecord token) {
    if (token.username() == null) {
      throw new Halt(
          Replies.apimError(
              403, 900910, "Forbidden", "The access token is not associated with a user"));
    }
    return token.username();
  }

  /**
   * Lower-case helper.
   *
   * @param s text
   * @return lower-cased text or null
   */
  public static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
