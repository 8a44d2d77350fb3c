package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each known-spec-bug entry matches the finding it documents, and only that finding. */
class AllowListTest {

  @BeforeAll
  static void specs() {
    Wso2Specs.assumeAvailable();
  }

  private static void strictFailsKnownPasses(
      Spec spec, RecordedRequest request, RecordedResponse response) {
    ValidationOutcome strict =
        response == null
            ? ContractValidator.of(spec, AllowList.none()).validateRequest(request)
            : ContractValidator.of(spec, AllowList.none()).validateResponse(request, response);
    ValidationOutcome known =
        response == null
            ? ContractValidator.of(spec, AllowList.wso2KnownSpecBugs()).validateRequest(request)
            : ContractValidator.of(spec, AllowList.wso2KnownSpecBugs())
                .validateResponse(request, response);
    assertThat(strict.valid()).as("strict: %s", strict.messages()).isFalse();
    assertThat(known.valid()).as("known bugs: %s", known.describe()).isTrue();
    assertThat(known.allowed()).isNotEmpty();
  }

  /**
   * The spec declares client_name as a path parameter of /register, the server reads a query
   * parameter; the validator flags neither, so no allowance is needed.
   */
  @Test
  void isDcrGetByNameNeedsNoAllowance() {
    RecordedRequest byName =
        new RecordedRequest(
            "GET",
            "/api/identity/oauth2/dcr/v1.1/register?client_name=tpp",
            Map.of("Authorization", List.of("Basic bm90OnJlYWw=")),
            null);
    assertThat(
            ContractValidator.of(Spec.IS_DCR_V11, AllowList.none())
                .validateRequest(byName)
                .messages())
        .isEmpty();
  }

  @Test
  void isDcrUnknownClientAnswers401WithoutBody() {
    RecordedRequest get =
        new RecordedRequest(
            "GET",
            "/api/identity/oauth2/dcr/v1.1/register/nope",
            Map.of("Authorization", List.of("Basic bm90OnJlYWw=")),
            null);
    strictFailsKnownPasses(Spec.IS_DCR_V11, get, new RecordedResponse(401, Map.of(), null));
  }

  @Test
  void rolesV2AudienceTypeApplication() {
    String role =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:extension:2.0:Role\"],"
            + "\"displayName\":\"tpp\",\"audience\":{\"value\":\"app-id\",\"type\":\"application\"},"
            + "\"permissions\":[{\"value\":\"accounts\",\"display\":\"accounts\"}]}";
    RecordedRequest create =
        new RecordedRequest(
            "POST",
            "/scim2/v2/Roles",
            Map.of(
                "Content-Type", List.of("application/scim+json"),
                "Authorization", List.of("Basic bm90OnJlYWw=")),
            role);
    strictFailsKnownPasses(Spec.IS_SCIM2, create, null);

    // "organization" is in the enum: valid without any allowance.
    RecordedRequest org =
        new RecordedRequest(
            "POST",
            "/scim2/v2/Roles",
            create.headers(),
            role.replace("\"application\"", "\"organization\""));
    assertThat(ContractValidator.of(Spec.IS_SCIM2, AllowList.none()).validateRequest(org).valid())
        .isTrue();
    // Any other value still fails.
    RecordedRequest other =
        new RecordedRequest(
            "POST", "/scim2/v2/Roles", create.headers(), role.replace("\"application\"", "\"x\""));
    assertThat(
            ContractValidator.of(Spec.IS_SCIM2, AllowList.wso2KnownSpecBugs())
                .validateRequest(other)
                .valid())
        .isFalse();
  }

  @Test
  void allowanceIsScopedToItsPath() {
    AllowList list = AllowList.wso2KnownSpecBugs();
    assertThat(
            list.reasonFor(
                "validation.request.body.schema.type",
                "[Path '/saasApp'] ...",
                "POST",
                "/client-registration/v0.17/register",
                null))
        .isPresent();
    assertThat(
            list.reasonFor(
                "validation.request.body.schema.type",
                "[Path '/saasApp'] ...",
                "POST",
                "/api/am/admin/v4/key-managers",
                null))
        .isEmpty();
    assertThat(list.entries()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
  }
}
