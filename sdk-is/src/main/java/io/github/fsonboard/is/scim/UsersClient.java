package io.github.fsonboard.is.scim;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.is.internal.scim.Scim;
import io.github.fsonboard.is.internal.scim.ScimResources;
import io.github.fsonboard.is.internal.scim.ScimService;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SCIM 2.0 users ({@code /scim2/Users}), with admin credentials.
 *
 * <pre>{@code
 * ScimUser u = is.users().create(new NewUser("tpp@example.com", Secret.of(pw),
 *     "Ada", "Lovelace", List.of("tpp@example.com"), Map.of()));
 * is.users().findByUserName("tpp@example.com").ifPresent(x -> is.users().delete(x.id()));
 * }</pre>
 *
 * <p>Errors come as SCIM error bodies ({@code status}, {@code scimType}, {@code detail}), e.g. a
 * {@link io.github.fsonboard.core.error.ConflictException} with {@code scimType} {@code uniqueness}
 * for an existing user name. Immutable and thread-safe.
 */
public final class UsersClient {
  private final ScimService api;
  private final ScimResources<ScimUser> resources;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public UsersClient(HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ScimService.class);
    this.resources =
        new ScimResources<>("SCIM users", api::getUser, api::listUsers, UserMapper::fromJson);
  }

  /**
   * Creates a user.
   *
   * @param user the user
   * @return the created user
   */
  public ScimUser create(NewUser user) {
    Validation.requireNonNull(user, "user");
    return UserMapper.fromJson(Calls.execute(api.createUser(UserMapper.toJson(user))));
  }

  /**
   * Reads a user by id.
   *
   * @param id the user id
   * @return the user, or empty on 404
   */
  public Optional<ScimUser> findById(String id) {
    return resources.find(id);
  }

  /**
   * Finds a user by exact user name ({@code filter=userName eq "..."}).
   *
   * @param userName the user name
   * @return the user, or empty
   */
  public Optional<ScimUser> findByUserName(String userName) {
    Validation.requireNonBlank(userName, "userName");
    return list(Scim.eq("userName", userName), 1, 2).items().stream().findFirst();
  }

  /**
   * Lists one page.
   *
   * @param filter a SCIM filter, or null for all
   * @param startIndex 1-based index of the first result
   * @param count the page size
   * @return the page; {@link Page#next()} is the next 1-based start index
   */
  public Page<ScimUser> list(String filter, int startIndex, int count) {
    return resources.list(filter, startIndex, count);
  }

  /**
   * Streams every matching user, fetching pages lazily.
   *
   * @param filter a SCIM filter, or null for all
   * @return the users
   */
  public Stream<ScimUser> stream(String filter) {
    return resources.stream(filter);
  }

  /**
   * Deletes a user.
   *
   * @param id the user id
   */
  public void delete(String id) {
    Calls.execute(api.deleteUser(Scim.id(id, "id")));
  }
}
