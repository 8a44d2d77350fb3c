package io.github.fsonboard.apim.auth;

import java.util.List;

/**
 * The OAuth scopes to ask for when signing in to the API Manager REST APIs. A token needs any one
 * of the scopes listed for an operation; APIM silently drops scopes the user's roles do not grant.
 */
public final class ApimScopes {
  /**
   * What a bank administrator needs: key managers and every user's applications ({@code
   * apim:admin}, {@code apim:admin_operations}), throttling policies ({@code apim:tier_view}) and,
   * in the Publisher API, the TPPs' subscriptions ({@code apim:subscription_view}, {@code
   * apim:subscription_block}).
   */
  public static final List<String> ADMIN =
      List.of(
          "apim:admin",
          "apim:admin_operations",
          "apim:tier_view",
          "apim:subscription_view",
          "apim:subscription_block");

  /**
   * What a TPP (role {@code Internal/subscriber}) needs in the Developer Portal: applications and
   * keys ({@code apim:subscribe}, {@code apim:app_manage}), subscriptions ({@code apim:sub_manage})
   * and API keys ({@code apim:api_key}).
   */
  public static final List<String> TPP =
      List.of("apim:subscribe", "apim:app_manage", "apim:sub_manage", "apim:api_key");

  private ApimScopes() {}
}
