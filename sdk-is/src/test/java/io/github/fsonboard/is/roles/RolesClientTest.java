package io.github.fsonboard.is.roles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.is.WireMockSupport;
import io.github.fsonboard.is.contract.ContractSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

@ContractSpecs({Spec.IS_SCIM2})
class RolesClientTest extends WireMockSupport {
  private static final String ROLES = "/scim2/v2/Roles";
  private static final String ID = "4f2a9c1e-7b3d-4e6f-8a9b-0c1d2e3f4a5b";

  @Test
  void createSendsAudiencePermissionsAndUsersAsScimJson() {
    wm.stubFor(post(ROLES).willReturn(scim(201, "roles/201.role-created.json")));
    Role r =
        is.roles()
            .create(
                new NewRole(
                    "accounts-reader",
                    RoleAudience.application("a1b2c3d4-app"),
                    List.of(new RolePermission("accounts", "Read accounts")),
                    List.of("u-1")));
    wm.verify(
        postRequestedFor(urlEqualTo(ROLES))
            .withHeader("Content-Type", equalTo("application/scim+json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"schemas":["urn:ietf:params:scim:schemas:extension:2.0:Role"],
                     "displayName":"accounts-reader",
                     "audience":{"value":"a1b2c3d4-app","type":"application"},
                     "users":[{"value":"u-1"}],
                     "permissions":[{"value":"accounts","display":"Read accounts"}]}
                    """)));
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.audience()).isEqualTo(RoleAudience.application("a1b2c3d4-app"));
    assertThat(r.permissions()).containsExactly(new RolePermission("accounts", "Read accounts"));
    assertThat(r.userIds()).containsExactly("u-1");
  }

  @Test
  void duplicateRoleIsAConflict() {
    wm.stubFor(post(ROLES).willReturn(scim(409, "roles/409.role-exists.json")));
    assertThatThrownBy(() -> is.roles().create(new NewRole("accounts-reader", null, null, null)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.payload().detail()).contains("already there"));
  }

  @Test
  void patchesUsePatchOpMessages() {
    wm.stubFor(
        patch(urlEqualTo(ROLES + "/" + ID)).willReturn(scim(200, "roles/201.role-created.json")));
    is.roles().addPermissions(ID, List.of(RolePermission.of("payments")));
    is.roles().addUsers(ID, List.of("u-2"));
    is.roles().removeUsers(ID, List.of("u-1"));
    is.roles().removePermissions(ID, List.of("accounts"));
    String op = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";
    wm.verify(
        patchRequestedFor(urlEqualTo(ROLES + "/" + ID))
            .withHeader("Content-Type", equalTo("application/scim+json"))
            .withRequestBody(
                equalToJson(
                    "{"
                        + op
                        + ",\"Operations\":[{\"op\":\"add\",\"path\":\"permissions\","
                        + "\"value\":[{\"value\":\"payments\"}]}]}")));
    wm.verify(
        patchRequestedFor(urlEqualTo(ROLES + "/" + ID))
            .withRequestBody(
                equalToJson(
                    "{"
                        + op
                        + ",\"Operations\":[{\"op\":\"add\",\"path\":\"users\","
                        + "\"value\":[{\"value\":\"u-2\"}]}]}")));
    wm.verify(
        patchRequestedFor(urlEqualTo(ROLES + "/" + ID))
            .withRequestBody(
                equalToJson(
                    "{"
                        + op
                        + ",\"Operations\":[{\"op\":\"remove\","
                        + "\"path\":\"users[value eq \\\"u-1\\\"]\"}]}")));
    wm.verify(
        patchRequestedFor(urlEqualTo(ROLES + "/" + ID))
            .withRequestBody(
                equalToJson(
                    "{"
                        + op
                        + ",\"Operations\":[{\"op\":\"remove\","
                        + "\"path\":\"permissions[value eq \\\"accounts\\\"]\"}]}")));
  }

  @Test
  void searchGetAndDelete() {
    wm.stubFor(get(urlPathEqualTo(ROLES)).willReturn(scim(200, "roles/200.roles-page.json")));
    wm.stubFor(get(ROLES + "/" + ID).willReturn(scim(200, "roles/201.role-created.json")));
    wm.stubFor(delete(ROLES + "/" + ID).willReturn(aResponse().withStatus(204)));
    List<Role> found = is.roles().listByDisplayName("accounts-reader");
    assertThat(found)
        .extracting(Role::audience)
        .containsExactly(RoleAudience.organization("org-1"));
    assertThat(is.roles().find(ID)).isPresent();
    is.roles().delete(ID);
    wm.verify(
        getRequestedFor(urlPathEqualTo(ROLES))
            .withQueryParam("filter", equalTo("displayName eq \"accounts-reader\"")));
    wm.verify(deleteRequestedFor(urlEqualTo(ROLES + "/" + ID)));
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    assertThatThrownBy(() -> new RoleAudience("app", "aplication"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("audience.type"));
    assertThatThrownBy(() -> new NewRole(" ", null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
    assertThatThrownBy(() -> is.roles().addUsers(ID, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("users"));
    assertNoRequest();
  }
}
