package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;
import static io.github.fsonboard.testkit.internal.Fields.str;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Admin API v4 {@code /throttling/policies/application|subscription}: the fixture's policies in the
 * admin shapes (ApplicationThrottlePolicy, SubscriptionThrottlePolicy), read-only.
 */
public final class AdminPolicyRoutes {
  private static final String POLICIES = KeyManagerRoutes.BASE + "/throttling/policies/";
  private static final String[] SCOPES = {"apim:admin", "apim:tier_view"};

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public AdminPolicyRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the APIM router
   */
  public void register(Router router) {
    router.on("GET", POLICIES + "(application|subscription)", this::list);
    router.on("GET", POLICIES + "(application|subscription)/([^/]+)", this::get);
  }

  private Reply list(Request r, Matcher m) {
    ctx.requireApimToken(r, SCOPES);
    List<Object> list = new ArrayList<>();
    for (Map<String, Object> p : ctx.store.policies.get(m.group(1))) {
      list.add(view(m.group(1), p));
    }
    return Replies.apim(200, map("count", list.size(), "list", list));
  }

  private Reply get(Request r, Matcher m) {
    ctx.requireApimToken(r, SCOPES);
    for (Map<String, Object> p : ctx.store.policies.get(m.group(1))) {
      if (policyId(m.group(1), str(p, "name")).equals(m.group(2))) {
        return Replies.apim(200, view(m.group(1), p));
      }
    }
    // RestApiUtil.handleResourceNotFoundError(RESOURCE_APP_POLICY / RESOURCE_SUBSCRIPTION_POLICY)
    return Replies.apimError(
        404,
        404,
        "Not Found",
        "Requested " + m.group(1) + " policy with Id '" + m.group(2) + "' not found");
  }

  /**
   * A stable id per level and name, so the same fixture yields the same ids on every start.
   *
   * @param level "application" or "subscription"
   * @param name the policy name
   * @return the id
   */
  static String policyId(String level, String name) {
    return UUID.nameUUIDFromBytes((level + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static Map<String, Object> view(String level, Map<String, Object> p) {
    String name = str(p, "name");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("policyId", policyId(level, name));
    v.put("policyName", name);
    v.put("displayName", name);
    v.put("description", p.get("description"));
    v.put("isDeployed", true);
    boolean application = "application".equals(level);
    v.put("type", application ? "ApplicationThrottlePolicy" : "SubscriptionThrottlePolicy");
    Map<String, Object> count =
        map("timeUnit", p.get("timeUnit"), "unitTime", 1, "requestCount", p.get("requestCount"));
    v.put("defaultLimit", map("type", "REQUESTCOUNTLIMIT", "requestCount", count));
    if (application) {
      v.put("burstLimit", map("rateLimitCount", 0, "rateLimitTimeUnit", "sec"));
    } else {
      v.put("graphQLMaxComplexity", 0);
      v.put("graphQLMaxDepth", 0);
      v.put("rateLimitCount", p.get("rateLimitCount"));
      v.put("rateLimitTimeUnit", p.get("rateLimitTimeUnit"));
      v.put("customAttributes", List.of());
      v.put("stopOnQuotaReach", p.get("stopOnQuotaReach"));
      v.put("billingPlan", p.get("tierPlan"));
      v.put("subscriberCount", 0);
    }
    return v;
  }
}
