package io.github.fsonboard.testkit;

import io.github.fsonboard.testkit.internal.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of an emulator's state for assertions: users, applications, subscriptions, key
 * mappings, key managers, OAuth clients and tokens. Each call takes a consistent snapshot.
 *
 * <pre>{@code
 * assertThat(emulator.state().applicationCount()).isEqualTo(1);
 * assertThat(emulator.state().keyManagerEnabled("Resident Key Manager")).isFalse();
 * }</pre>
 */
public final class EmulatorState {
  private final Store store;

  EmulatorState(Store store) {
    this.store = store;
  }

  /**
   * The user names, in creation order.
   *
   * @return user names
   */
  public List<String> usernames() {
    synchronized (store) {
      List<String> out = new ArrayList<>();
      store.users.values().forEach(u -> out.add(u.username));
      return out;
    }
  }

  /**
   * The roles of a user.
   *
   * @param username the user
   * @return role names, empty when the user does not exist
   */
  public List<String> rolesOf(String username) {
    synchronized (store) {
      Store.User u = store.user(username);
      return u == null ? List.of() : List.copyOf(u.roles);
    }
  }

  /**
   * How many devportal applications exist (all owners).
   *
   * @return the count
   */
  public int applicationCount() {
    synchronized (store) {
      return store.applications.size();
    }
  }

  /**
   * The names of the applications a user owns.
   *
   * @param owner the owner
   * @return application names
   */
  public List<String> applicationNames(String owner) {
    synchronized (store) {
      List<String> out = new ArrayList<>();
      for (Map<String, Object> app : store.applications.values()) {
        if (String.valueOf(app.get("owner")).equalsIgnoreCase(owner)) {
          out.add(String.valueOf(app.get("name")));
        }
      }
      return out;
    }
  }

  /**
   * How many subscriptions exist.
   *
   * @return the count
   */
  public int subscriptionCount() {
    synchronized (store) {
      return store.subscriptions.size();
    }
  }

  /**
   * How many application key mappings (generated keys) exist.
   *
   * @return the count
   */
  public int keyMappingCount() {
    synchronized (store) {
      return store.keyMappings.size();
    }
  }

  /**
   * The key manager names.
   *
   * @return names, the Resident Key Manager first
   */
  public List<String> keyManagerNames() {
    synchronized (store) {
      List<String> out = new ArrayList<>();
      store.keyManagers.values().forEach(km -> out.add(String.valueOf(km.get("name"))));
      return out;
    }
  }

  /**
   * Whether a key manager exists and is enabled.
   *
   * @param name the key manager name
   * @return true when enabled
   */
  public boolean keyManagerEnabled(String name) {
    synchronized (store) {
      return store.keyManagers.values().stream()
          .anyMatch(km -> name.equals(km.get("name")) && Boolean.TRUE.equals(km.get("enabled")));
    }
  }

  /**
   * How many IS OAuth clients exist (DCR v1.1 and keys generated through an IS key manager).
   *
   * @return the count
   */
  public int identityServerClientCount() {
    synchronized (store) {
      return (int) store.clients.values().stream().filter(c -> "is".equals(c.realm)).count();
    }
  }

  /**
   * How many IS OAuth clients have a name, e.g. the software id an FS DCR registration names its
   * client after.
   *
   * @param clientName the name
   * @return the count
   */
  public int identityServerClientCount(String clientName) {
    synchronized (store) {
      return (int)
          store.clients.values().stream()
              .filter(c -> "is".equals(c.realm) && clientName.equals(c.metadata.get("client_name")))
              .count();
    }
  }

  /**
   * How many APIM REST API clients were registered through client-registration v0.17.
   *
   * @return the count
   */
  public int restApiClientCount() {
    synchronized (store) {
      return store.restClientsByName.size();
    }
  }

  /**
   * How many access tokens were issued since start (both servers).
   *
   * @return the count
   */
  public long issuedTokenCount() {
    synchronized (store) {
      return store.issuedTokens;
    }
  }

  /**
   * How many issued access tokens are neither revoked nor refreshed away.
   *
   * @return the count
   */
  public int activeTokenCount() {
    synchronized (store) {
      return store.tokens.size();
    }
  }

  /**
   * How many IS API resources exist.
   *
   * @return the count
   */
  public int apiResourceCount() {
    synchronized (store) {
      return store.apiResources.size();
    }
  }

  /**
   * How many IS roles (v2) exist.
   *
   * @return the count
   */
  public int roleCount() {
    synchronized (store) {
      return store.roles.size();
    }
  }

  /**
   * How many requests each route received since start (or the last {@link
   * Wso2Emulator#resetRequestCounts()}), keyed {@code "SERVER METHOD template"} in first-seen
   * order, e.g. {@code "APIM POST /api/am/devportal/v3/applications/{id}/generate-keys"}. Path
   * parameters show as {@code {id}} and the tenant prefix is dropped; a request no route knows is
   * keyed by its raw path. Requests answered with an injected fault count too: they reached the
   * server.
   *
   * @return a snapshot of the counts
   */
  public Map<String, Long> requestCounts() {
    synchronized (store) {
      return java.util.Collections.unmodifiableMap(
          new java.util.LinkedHashMap<>(store.requestCounts));
    }
  }

  /**
   * How many requests both servers received since start (or the last reset).
   *
   * @return the total
   */
  public long totalRequests() {
    synchronized (store) {
      return store.requestCounts.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
