package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole "Manual Client Registration" guide against the emulator, step by step, with plain HTTP:
 * the bank admin sets up the fsKeyManager (import from the IS well-known URL, connector values) and
 * disables the Resident Key Manager; a TPP signs up, creates an application, subscribes and
 * generates regulatory keys; the TPP then runs an authorization code + PKCE flow at the IS with
 * those keys.
 */
@WithWso2Emulator
class ManualClientRegistrationFlowTest {

  @Test
  @SuppressWarnings("unchecked")
  void bankAndTppOnboardEndToEnd(Wso2Emulator wso2) throws Exception {
    TestHttp http = new TestHttp(wso2);
    String admin = bearer(http.adminToken());
    String km = KeyManagerAdminTest.KM;

    // Bank admin, steps 1-12: import from the well-known URL, complete, create.
    String boundary = "b0undary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n"
            + wso2.isBaseUrl()
            + "/oauth2/token/.well-known/openid-configuration\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nfsKeyManager\r\n--"
            + boundary
            + "--\r\n";
    Map<String, Object> imported =
        (Map<String, Object>)
            http.send(
                    "POST",
                    wso2.apimBaseUrl() + km + "/discover",
                    admin,
                    "multipart/form-data; boundary=" + boundary,
                    multipart)
                .json()
                .get("value");
    imported.put("name", "FSKM");
    imported.put("displayName", "FSKM");
    imported.put("description", "FS key manager");
    imported.put("enableSelfValidationJWT", true);
    imported.put(
        "tokenValidation",
        List.of(map("id", 1, "type", "JWT", "value", map("body", map()), "enable", true)));
    imported.put("consumerKeyClaim", "azp");
    imported.put("scopesClaim", "scope");
    imported.put("tokenType", "DIRECT");
    imported.put("permissions", map("permissionType", "PUBLIC"));
    imported.put(
        "additionalProperties",
        map(
            "Username",
            wso2.adminUsername(),
            "Password",
            wso2.adminPassword(),
            "api_resource_management_endpoint",
            wso2.isBaseUrl() + "/api/server/v1/api-resources",
            "is7_roles_endpoint",
            wso2.isBaseUrl() + "/scim2/v2/Roles",
            "enable_roles_creation",
            true));
    assertThat(http.apim("POST", km, admin, imported).status()).isEqualTo(201);

    // Step 13: disable the Resident Key Manager (GET list, GET full, PUT whole object).
    String residentId =
        http.apim("GET", km, admin, null).list().stream()
            .filter(k -> "default".equals(k.get("type")))
            .findFirst()
            .orElseThrow()
            .get("id")
            .toString();
    Map<String, Object> resident = http.apim("GET", km + "/" + residentId, admin, null).json();
    resident.put("enabled", false);
    assertThat(http.apim("PUT", km + "/" + residentId, admin, resident).status()).isEqualTo(200);

    // TPP: sign up, sign in, create application, subscribe, generate keys.
    String tpp = bearer(http.tpp("tpp@bank-partner.example"));
    String dp = DevportalFlowTest.DP;
    String appId =
        http.apim(
                "POST",
                dp + "/applications",
                tpp,
                map("name", "Accounts App", "throttlingPolicy", "Unlimited", "tokenType", "JWT"))
            .str("applicationId");
    String apiId =
        http.apim("GET", dp + "/apis?query=AccountandTransactionAPI", tpp, null)
            .list()
            .get(0)
            .get("id")
            .toString();
    assertThat(
            http.apim(
                    "POST",
                    dp + "/subscriptions",
                    tpp,
                    map("applicationId", appId, "apiId", apiId, "throttlingPolicy", "Unlimited"))
                .status())
        .isEqualTo(201);
    List<Map<String, Object>> kms = http.apim("GET", dp + "/key-managers", tpp, null).list();
    assertThat(kms).extracting(k -> k.get("name")).containsExactly("FSKM");
    TestHttp.Res keys =
        http.apim(
            "POST",
            dp + "/applications/" + appId + "/generate-keys",
            tpp,
            map(
                "keyType",
                "PRODUCTION",
                "keyManager",
                "FSKM",
                "grantTypesToBeSupported",
                List.of("authorization_code", "refresh_token", "client_credentials"),
                "callbackUrl",
                "https://tpp.example/cb",
                "scopes",
                List.of("default"),
                "validityTime",
                "3600",
                "additionalProperties",
                map(
                    "ext_pkce_mandatory",
                    "true",
                    "ext_pkce_support_plain",
                    "false",
                    "ext_public_client",
                    "false",
                    "regulatory",
                    "true",
                    "sp_certificate",
                    TestCerts.valid())));
    assertThat(keys.status()).as(keys.body()).isEqualTo(200);

    // The TPP uses the keys at the IS: authorization code with PKCE S256.
    String verifier = "v3rifier-".repeat(6);
    String location =
        http.is(
                "GET",
                "/oauth2/authorize?response_type=code&client_id="
                    + keys.str("consumerKey")
                    + "&redirect_uri=https://tpp.example/cb&scope=openid%20accounts"
                    + "&state=s1&code_challenge="
                    + IsOAuthTest.s256(verifier)
                    + "&code_challenge_method=S256",
                null,
                null)
            .header("Location");
    assertThat(URI.create(location).getHost()).isEqualTo("tpp.example");
    String code = IsOAuthTest.query(location).get("code");
    TestHttp.Res token =
        http.isForm(
            "/oauth2/token",
            basic(keys.str("consumerKey"), keys.str("consumerSecret")),
            form(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                "https://tpp.example/cb",
                "code_verifier",
                verifier));
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    assertThat(
            http.is("GET", "/oauth2/userinfo", bearer(token.str("access_token")), null).str("sub"))
        .isEqualTo(wso2.adminUsername());

    EmulatorState state = wso2.state();
    assertThat(state.keyManagerNames()).containsExactly("Resident Key Manager", "FSKM");
    assertThat(state.keyManagerEnabled("Resident Key Manager")).isFalse();
    assertThat(state.applicationNames("tpp@bank-partner.example")).containsExactly("Accounts App");
    assertThat(state.subscriptionCount()).isEqualTo(1);
    assertThat(state.keyMappingCount()).isEqualTo(1);
    assertThat(state.identityServerClientCount()).isEqualTo(1);
    assertThat(state.issuedTokenCount()).isGreaterThanOrEqualTo(3);
  }
}
