package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publisher API v4 {@code /subscriptions}: the bank's view of the TPPs' subscriptions, and blocking
 * and unblocking them, as carbon-apimgt's publisher v1 {@code SubscriptionsApiServiceImpl} serves
 * them. The status written here is the one the TPP's Developer Portal shows.
 */
public final class PublisherRoutes {
  /** The Publisher API v4 base path. */
  public static final String BASE = "/api/am/publisher/v4";

  private static final String SUBS = BASE + "/subscriptions";
  private static final String[] VIEW_SCOPES = {
    "apim:api_view", "apim:subscription_view", "apim:subscription_manage"
  };
  private static final String[] BLOCK_SCOPES = {
    "apim:subscription_block", "apim:subscription_manage"
  };

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public PublisherRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", SUBS, (r, m) -> list(r));
    router.on("POST", SUBS + "/block-subscription", (r, m) -> block(r));
    router.on("POST", SUBS + "/unblock-subscription", (r, m) -> unblock(r));
  }

  /**
   * SubscriptionsApiServiceImpl.getSubscriptions: an API's subscriptions (an unknown API is
   * RestApiUtil.handleResourceNotFoundError, 404), or every subscription to the provider's APIs
   * without {@code apiId}; SubscriptionList {count, list, pagination}.
   */
  private Reply list(Request r) {
    ctx.requireApimToken(r, VIEW_SCOPES);
    String apiId = r.queryParam("apiId");
    if (apiId != null && !ctx.store.apis.containsKey(apiId)) {
      return Replies.apimError(
          404, 404, "Not Found", "Requested API with Id '" + apiId + "' not found");
    }
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> s : ctx.store.subscriptions.values()) {
      if (apiId == null || apiId.equals(s.get("apiId"))) {
        list.add(view(s));
      }
    }
    return Replies.apim(200, DevportalRoutes.page(list, r, BASE, "/subscriptions"));
  }

  /**
   * SubscriptionsApiServiceImpl.blockSubscription: 404 for an unknown subscription, otherwise the
   * status becomes {@code blockState} and the updated Subscription comes back with 200. The server
   * stores whatever {@code blockState} says (the enum is not enforced); the emulator refuses
   * anything but BLOCKED and PROD_ONLY_BLOCKED with 400, as bean validation does for a missing one.
   */
  private Reply block(Request r) {
    ctx.requireApimToken(r, BLOCK_SCOPES);
    String state = r.queryParam("blockState");
    if (!"BLOCKED".equals(state) && !"PROD_ONLY_BLOCKED".equals(state)) {
      return Replies.apimError(
          400, 400, "Bad Request", "blockState must be BLOCKED or PROD_ONLY_BLOCKED");
    }
    Map<String, Object> sub = subscription(r);
    sub.put("status", state);
    return Replies.apim(200, view(sub));
  }

  /**
   * SubscriptionsApiServiceImpl.unBlockSubscription: 404 for an unknown subscription, otherwise the
   * status becomes UNBLOCKED whatever it was (ON_HOLD included) and the updated Subscription comes
   * back with 200.
   */
  private Reply unblock(Request r) {
    ctx.requireApimToken(r, BLOCK_SCOPES);
    Map<String, Object> sub = subscription(r);
    sub.put("status", "UNBLOCKED");
    return Replies.apim(200, view(sub));
  }

  private Map<String, Object> subscription(Request r) {
    String id = r.queryParam("subscriptionId");
    if (id == null || id.isBlank()) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "subscriptionId is required"));
    }
    Map<String, Object> sub = ctx.store.subscriptions.get(id);
    if (sub == null) {
      // RestApiUtil.handleResourceNotFoundError(RESOURCE_SUBSCRIPTION, subscriptionId)
      throw new Halt(
          Replies.apimError(
              404, 404, "Not Found", "Requested subscription with Id '" + id + "' not found"));
    }
    return sub;
  }

  /** SubscriptionMappingUtil.fromSubscriptionToDTO: the publisher v4 Subscription shape. */
  private Map<String, Object> view(Map<String, Object> sub) {
    Map<String, Object> app = ctx.store.applications.get(str(sub, "applicationId"));
    Map<String, Object> info =
        app == null
            ? map("applicationId", sub.get("applicationId"))
            : map(
                "applicationId", app.get("applicationId"),
                "name", app.get("name"),
                "subscriber", app.get("owner"),
                "description", app.get("description"));
    return map(
        "subscriptionId", sub.get("subscriptionId"),
        "applicationInfo", info,
        "throttlingPolicy", sub.get("throttlingPolicy"),
        "subscriptionStatus", sub.get("status"));
  }
}
