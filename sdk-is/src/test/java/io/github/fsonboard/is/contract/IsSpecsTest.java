package io.github.fsonboard.is.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.harness.ContractValidator;
import io.github.fsonboard.harness.RecordedRequest;
import io.github.fsonboard.harness.RecordedResponse;
import io.github.fsonboard.harness.Spec;
import io.github.fsonboard.harness.Wso2Specs;
import org.junit.jupiter.api.Test;

class IsSpecsTest {

  @Test
  void mapsEveryManagementPathToItsSpecAndProtocolEndpointsToNone() {
    assertThat(IsSpecs.forPath("/api/identity/oauth2/dcr/v1.1/register")).hasValue(Spec.IS_DCR_V11);
    assertThat(IsSpecs.forPath("/t/bank.example/api/identity/oauth2/dcr/v1.1/register/abc"))
        .hasValue(Spec.IS_DCR_V11);
    assertThat(IsSpecs.forPath("/api/identity/oauth2/v1.0/scopes/name/x"))
        .hasValue(Spec.IS_OAUTH2_SCOPES);
    assertThat(IsSpecs.forPath("/api/server/v1/api-resources/1/scopes"))
        .hasValue(Spec.IS_API_RESOURCES);
    assertThat(IsSpecs.forPath("/api/server/v1/applications/a/authorized-apis"))
        .hasValue(Spec.IS_APPLICATIONS);
    assertThat(IsSpecs.forPath("/scim2/v2/Roles/r")).hasValue(Spec.IS_SCIM2);
    assertThat(IsSpecs.forPath("/scim2/Me")).hasValue(Spec.IS_SCIM2);
    assertThat(IsSpecs.forPath("/api/identity/user/v1.0/me")).hasValue(Spec.IS_SELF_REGISTRATION);
    assertThat(IsSpecs.forPath("/oauth2/token")).isEmpty();
    assertThat(IsSpecs.forPath("/oauth2/token/.well-known/openid-configuration")).isEmpty();
  }

  @Test
  void theLocalAllowListStillCatchesMisspelledFields() {
    Wso2Specs.assumeAvailable();
    ContractValidator dcr = ContractValidator.of(Spec.IS_DCR_V11, IsSpecs.allowList());
    ContractValidator scim = ContractValidator.of(Spec.IS_SCIM2, IsSpecs.allowList());

    // Allowed: jwks_uri on PUT. Not allowed: a misspelling next to it.
    assertThat(
            dcr.validateRequest(
                    RecordedRequest.json(
                        "PUT",
                        "/api/identity/oauth2/dcr/v1.1/register/abc",
                        "{\"client_name\":\"a\",\"redirect_uris\":[],\"jwks_uri\":\"https://x\","
                            + "\"jwks_url\":\"https://x\"}"))
                .failures())
        .singleElement()
        .satisfies(m -> assertThat(m.message()).contains("jwks_url"));
    // Allowed: RFC 7643 givenName. Not allowed: a misspelled sub-attribute.
    assertThat(
            scim.validateRequest(
                    new RecordedRequest(
                        "POST",
                        "/scim2/Users",
                        java.util.Map.of(
                            "Content-Type", java.util.List.of("application/scim+json")),
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                            + "\"userName\":\"u\",\"password\":\"p\","
                            + "\"name\":{\"givenName\":\"A\",\"famliyName\":\"B\"}}"))
                .failures())
        .singleElement()
        .satisfies(m -> assertThat(m.message()).contains("famliyName"));
    // Allowed: ext_future_field in a DCR response. Not allowed: a misspelled known field.
    assertThat(
            dcr.validateResponse(
                    RecordedRequest.json("GET", "/api/identity/oauth2/dcr/v1.1/register/abc", null),
                    RecordedResponse.json(
                        200,
                        "{\"client_id\":\"abc\",\"client_name\":\"a\",\"ext_future_field\":1,"
                            + "\"clinet_secret\":\"s\"}"))
                .failures())
        .singleElement()
        .satisfies(m -> assertThat(m.message()).contains("clinet_secret"));
  }
}
