package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.basic;
import static io.github.fsonboard.testkit.TestHttp.form;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.testkit.internal.FsGateway;
import io.github.fsonboard.testkit.internal.IsApplications;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mutual TLS client authentication, certificate-bound and DPoP-bound tokens as IS 7 answers them
 * (identity-oauth-clientauth-mutualtls MutualTLSClientAuthenticator, identity-inbound-auth-oauth
 * CertificateBasedTokenBinder, identity-oauth-addons org.wso2.carbon.identity.dpop).
 */
@WithWso2Emulator
class IsSenderConstraintServerTruthTest {
  Wso2Emulator wso2;

  private static TestHttp.Res client(TestHttp http, String name, Map<String, Object> extra) {
    Map<String, Object> fields = map("grant_types", List.of("client_credentials"));
    fields.putAll(extra);
    return IsOAuthTest.register(http, name, fields);
  }

  private static TestHttp.Res clientCredentials(TestHttp http, String auth, String... headers) {
    return http.isForm("/oauth2/token", auth, form("grant_type", "client_credentials"), headers);
  }

  private static String proof(ECKey key, String htm, String htu) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK())
                .build(),
            new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", htm)
                .claim("htu", htu)
                .issueTime(new Date())
                .build());
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  @Test
  void dpopApplicationsNeedAValidProofAndGetDpopTokens() throws Exception {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = client(http, "dpop-truth", map());
    String app = IsApplications.idOf(c.str("client_id"));
    TestHttp.Res put =
        http.is(
            "PUT",
            "/api/server/v1/applications/" + app + "/inbound-protocols/oidc",
            http.adminBasic(),
            map("accessToken", map("bindingType", "DPoP")));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    String auth = basic(c.str("client_id"), c.str("client_secret"));
    String tokenUrl = wso2.localIsBaseUrl() + "/oauth2/token";
    ECKey key = new ECKeyGenerator(Curve.P_256).generate();

    // OauthDPoPInterceptorHandlerProxy.onPreTokenIssue: no proof, no token.
    TestHttp.Res none = clientCredentials(http, auth);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json())
        .containsEntry("error", "invalid_dpop_proof")
        .containsEntry("error_description", "DPoP header is required.");
    // DPoPHeaderValidator.checkHTTPURI: htu must be the token endpoint.
    TestHttp.Res elsewhere =
        clientCredentials(http, auth, "DPoP", proof(key, "POST", "https://elsewhere.example/x"));
    assertThat(elsewhere.json())
        .containsEntry("error", "invalid_dpop_proof")
        .containsEntry("error_description", "Invalid DPoP Proof");

    TestHttp.Res ok = clientCredentials(http, auth, "DPoP", proof(key, "POST", tokenUrl));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json()).containsEntry("token_type", "DPoP");
    String jkt = key.computeThumbprint().toString();
    assertThat(SignedJWT.parse(ok.str("access_token")).getJWTClaimsSet().getJSONObjectClaim("cnf"))
        .containsEntry("jkt", jkt);
    // DPoPIntrospectionDataProvider: token_type DPoP and cnf.jkt; binding_type/binding_ref.
    TestHttp.Res introspected =
        http.isForm("/oauth2/introspect", http.adminBasic(), form("token", ok.str("access_token")));
    assertThat(introspected.json())
        .containsEntry("token_type", "DPoP")
        .containsEntry("binding_type", "DPoP")
        .containsEntry("cnf", Map.of("jkt", jkt))
        .containsKey("binding_ref");
  }

  @Test
  void aDcrUpdateSetsTheBindingFromItsCertificateFlag() {
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c = client(http, "rebind-truth", map());
    String oidc =
        "/api/server/v1/applications/"
            + IsApplications.idOf(c.str("client_id"))
            + "/inbound-protocols/oidc";
    http.is("PUT", oidc, http.adminBasic(), map("accessToken", map("bindingType", "DPoP")));
    // DCRMService.updateApplication: certificate when tls_client_certificate_bound_access_tokens,
    // else None, whatever the application had.
    TestHttp.Res put =
        http.is(
            "PUT",
            IsOAuthTest.DCR + "/" + c.str("client_id"),
            http.adminBasic(),
            map(
                "client_name",
                "rebind-truth",
                "grant_types",
                List.of("client_credentials"),
                "tls_client_certificate_bound_access_tokens",
                true));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(http.is("GET", oidc, http.adminBasic(), null).json())
        .containsEntry("accessToken", Map.of("type", "Default", "bindingType", "certificate"));
  }

  @Test
  void certificateBoundTokensNeedATlsClientCertificate() {
    TestSoftware tpp = wso2.directory().software("boundTpp").issue();
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c =
        client(http, "bound-truth", map("tls_client_certificate_bound_access_tokens", true));
    String auth = basic(c.str("client_id"), c.str("client_secret"));

    // AccessTokenIssuer: the certificate binder finds no certificate.
    TestHttp.Res without = clientCredentials(http, auth);
    assertThat(without.status()).isEqualTo(400);
    assertThat(without.json())
        .containsEntry("error", "invalid_request")
        .containsEntry("error_description", "TLS certificate not found in the request.");

    TestHttp.Res with = clientCredentials(new TestHttp(wso2, tpp), auth);
    assertThat(with.status()).as(with.body()).isEqualTo(200);
    TestHttp.Res introspected =
        http.isForm(
            "/oauth2/introspect", http.adminBasic(), form("token", with.str("access_token")));
    assertThat(introspected.json())
        .containsEntry("token_type", "Bearer")
        .containsEntry("binding_type", "certificate")
        .containsKey("cnf");
  }

  @Test
  void tlsClientAuthComparesTheSubjectDnAsJavaPrintsIt() {
    TestSoftware tpp = wso2.directory().software("dnTpp").issue();
    TestHttp http = new TestHttp(wso2);
    TestHttp mtls = new TestHttp(wso2, tpp);
    String javaDn = tpp.transportCertificate().getSubjectX500Principal().toString();
    String rfc2253 = tpp.transportCertificate().getSubjectX500Principal().getName();
    assertThat(rfc2253).isNotEqualTo(javaDn);
    for (String dn : List.of(javaDn, rfc2253)) {
      TestHttp.Res c =
          client(
              http,
              "dn-truth-" + dn.length() + dn.hashCode(),
              map(
                  "token_endpoint_auth_method",
                  "tls_client_auth",
                  "tls_client_auth_subject_dn",
                  dn));
      String id = c.str("client_id");
      TestHttp.Res patched =
          http.is(
              "PATCH",
              "/api/server/v1/applications/" + IsApplications.idOf(id),
              http.adminBasic(),
              map(
                  "advancedConfigurations",
                  map("certificate", map("type", "PEM", "value", tpp.transportCertificatePem()))));
      assertThat(patched.status()).as(patched.body()).isEqualTo(200);
      TestHttp.Res r =
          mtls.isForm(
              "/oauth2/token", null, form("grant_type", "client_credentials", "client_id", id));
      // MutualTLSClientAuthenticator.authenticate: getSubjectDN().toString() equals the registered
      // DN, or the client is not authenticated.
      assertThat(r.status()).as(dn).isEqualTo(dn.equals(javaDn) ? 200 : 401);
    }
  }

  @Test
  void aCertificateHeaderFromTheClientIsNotACertificate() {
    TestSoftware tpp = wso2.directory().software("forgerTpp").issue();
    TestHttp http = new TestHttp(wso2);
    TestHttp.Res c =
        client(http, "forged-truth", map("tls_client_certificate_bound_access_tokens", true));
    TestHttp.Res r =
        http.isForm(
            "/oauth2/token",
            basic(c.str("client_id"), c.str("client_secret")),
            form("grant_type", "client_credentials"),
            FsGateway.CERT_HEADER,
            URLEncoder.encode(tpp.transportCertificatePem(), StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json()).containsEntry("error", "invalid_request");
  }
}
