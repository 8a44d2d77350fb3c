package io.github.fsonboard.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All emulator state. Every read and write happens while holding this object's monitor (the
 * dispatcher runs each handler inside {@code synchronized (store)}), which makes concurrent clients
 * see a linearizable server: simpler to reason about than fine-grained locks, and speed is not a
 * goal of a test emulator.
 */
public final class Store {

  /** A user of the shared user store (APIM and IS share users, as in a WSO2 FS deployment). */
  public static final class User {
    /** SCIM id. */
    public final String id;

    /** Login name. */
    public final String username;

    /** Password. */
    public String password;

    /** Role names such as "admin" or "Internal/subscriber". */
    public final Set<String> roles = new LinkedHashSet<>();

    /** The SCIM user resource's attributes; sign-up claims under their SCIM names (ScimClaims). */
    public Map<String, Object> attributes = new LinkedHashMap<>();

    /**
     * Creates a user.
     *
     * @param id SCIM id
     * @param username login name
     * @param password password
     */
    public User(String id, String username, String password) {
      this.id = id;
      this.username = username;
      this.password = password;
    }

    /**
     * Whether the user is an administrator.
     *
     * @return true for the admin role
     */
    public boolean isAdmin() {
      return roles.contains("admin");
    }
  }

  /** An OAuth client: APIM REST clients (v0.17), application keys and IS DCR clients. */
  public static final class Client {
    /** Where the client lives: "apim" (REST API + Resident KM) or "is". */
    public final String realm;

    /** DCR-shaped metadata (client_id, client_secret, client_name, grant_types, ...). */
    public final Map<String, Object> metadata;

    /** The owner user name. */
    public final String owner;

    /**
     * Creates a client.
     *
     * @param realm "apim" or "is"
     * @param metadata DCR-shaped metadata
     * @param owner owner user name
     */
    public Client(String realm, Map<String, Object> metadata, String owner) {
      this.realm = realm;
      this.metadata = metadata;
      this.owner = owner;
    }

    /**
     * Returns the client id.
     *
     * @return the id
     */
    public String id() {
      return (String) metadata.get("client_id");
    }

    /**
     * Returns the secret.
     *
     * @return the secret or null for public clients
     */
    public String secret() {
      return (String) metadata.get("client_secret");
    }

    /**
     * Returns the allowed grant types.
     *
     * @return grant type names
     */
    @SuppressWarnings("unchecked")
    public List<String> grantTypes() {
      Object g = metadata.get("grant_types");
      return g instanceof List<?> ? (List<String>) g : List.of();
    }

    /**
     * Reads a boolean-ish metadata flag ("true"/true).
     *
     * @param name the metadata name
     * @return its value
     */
    public boolean flag(String name) {
      return Boolean.parseBoolean(String.valueOf(metadata.get(name)));
    }
  }

  /** An authorization code. */
  public record AuthCode(
      String clientId,
      String redirectUri,
      String username,
      List<String> scopes,
      String challenge,
      String method,
      long expiresAtEpochSecond,
      String nonce) {}

  /**
   * A pushed authorization request as IS 7 keeps it (ParMgtDAO): the client and the parameters.
   *
   * @param clientId the client that pushed it
   * @param parameters the authorization parameters, one value each
   * @param expiresAtEpochMilli when the request_uri stops working
   */
  public record PushedRequest(
      String clientId, Map<String, String> parameters, long expiresAtEpochMilli) {}

  private final SecureRandom random = new SecureRandom();

  /** The clock used for tokens and certificate checks. */
  public final Clock clock;

  /** Users by lower-cased name. */
  public final Map<String, User> users = new LinkedHashMap<>();

  /** OAuth clients by client id. */
  public final Map<String, Client> clients = new LinkedHashMap<>();

  /** APIM REST (v0.17) client ids by "owner\nclientName". */
  public final Map<String, String> restClientsByName = new LinkedHashMap<>();

  /** Key managers by id (full admin-API objects, secrets unmasked). */
  public final Map<String, Map<String, Object>> keyManagers = new LinkedHashMap<>();

  /** APIs by id (APIInfo shape). */
  public final Map<String, Map<String, Object>> apis = new LinkedHashMap<>();

  /** Requests received, by "SERVER METHOD /path/{template}", in first-seen order. */
  public final Map<String, Long> requestCounts = new LinkedHashMap<>();

  /** Throttling policies by level ("application" or "subscription"). */
  public final Map<String, List<Map<String, Object>>> policies = new LinkedHashMap<>();

  /** Devportal applications by id (Application shape). */
  public final Map<String, Map<String, Object>> applications = new LinkedHashMap<>();

  /** Subscriptions by id (Subscription shape without the embedded infos). */
  public final Map<String, Map<String, Object>> subscriptions = new LinkedHashMap<>();

  /** Approval tasks by external workflow reference (see {@link WorkflowRoutes}). */
  public final Map<String, Map<String, Object>> workflows = new LinkedHashMap<>();

  /** Key mappings by id. */
  public final Map<String, Map<String, Object>> keyMappings = new LinkedHashMap<>();

  /** Access tokens by jti. */
  public final Map<String, TokenRecord> tokens = new LinkedHashMap<>();

  /** Refresh tokens to the access token jti they were issued with. */
  public final Map<String, String> refreshTokens = new LinkedHashMap<>();

  /** Authorization codes. */
  public final Map<String, AuthCode> codes = new LinkedHashMap<>();

  /** Pushed authorization requests (RFC 9126) by the reference in their request_uri. */
  public final Map<String, PushedRequest> pushedRequests = new LinkedHashMap<>();

  /** IS OAuth2 scopes by name. */
  public final Map<String, Map<String, Object>> scopes = new LinkedHashMap<>();

  /** IS API resources by id. */
  public final Map<String, Map<String, Object>> apiResources = new LinkedHashMap<>();

  /** IS roles (v2) by id. */
  public final Map<String, Map<String, Object>> roles = new LinkedHashMap<>();

  /** IS application authorizations: "appId" to list of authorized-API bodies. */
  public final Map<String, List<Map<String, Object>>> authorizedApis = new LinkedHashMap<>();

  /**
   * IS applications behind OAuth clients, by client id: {@code id}, {@code name}, {@code clientId},
   * and the application {@code certificate} (PEM), which is not the APIM key property.
   */
  public final Map<String, Map<String, Object>> isApplications = new LinkedHashMap<>();

  /** Assertion ids already used (client assertions and jwt-bearer grants), for replay checks. */
  public final Set<String> usedAssertionIds = new LinkedHashSet<>();

  /** Count of all access tokens ever issued. */
  public long issuedTokens;

  /**
   * Creates an empty store.
   *
   * @param clock the clock
   */
  public Store(Clock clock) {
    this.clock = clock;
    policies.put("application", new ArrayList<>());
    policies.put("subscription", new ArrayList<>());
  }

  /**
   * Returns a random URL-safe string.
   *
   * @param bytes number of random bytes
   * @return the string
   */
  public String randomToken(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * Returns a WSO2-looking client id or secret (28 chars, alphanumeric plus underscore).
   *
   * @return the value
   */
  public String clientCredential() {
    return randomToken(21).replace('-', '_');
  }

  /**
   * Finds a user.
   *
   * @param username the name (case-insensitive, as in WSO2's default user store)
   * @return the user or null
   */
  public User user(String username) {
    return username == null ? null : users.get(username.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Checks a username/password pair.
   *
   * @param username the name
   * @param password the password
   * @return the user, or null when they do not match
   */
  public User authenticate(String username, String password) {
    User u = user(username);
    return u != null && u.password.equals(password) ? u : null;
  }
}
