package io.github.fsonboard.harness;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a FAPI realm through the admin REST API: clients that satisfy a built-in FAPI client
 * profile, then a client policy (condition {@code any-client}) applying that profile.
 *
 * <p>Keycloak names (26.x): the policy resource {@code /client-policies/policies}; client
 * authenticators {@code client-jwt} (private_key_jwt) and {@code client-x509} (tls_client_auth,
 * {@code x509.subjectdn}); attributes {@code use.jwks.string}/{@code jwks.string}, {@code
 * token.endpoint.auth.signing.alg}, {@code tls.client.certificate.bound.access.tokens}, {@code
 * pkce.code.challenge.method}, {@code id.token.signed.response.alg}, {@code
 * authorization.signed.response.alg} (JARM). The clients are configured the way the profile's
 * executors would auto-configure them, except for consent.
 */
final class KeycloakFapiSetup {

  static final String REDIRECT_URI = "https://127.0.0.1/callback";
  private static final String KEY_ID = "tpp-fapi-ps256";

  private final KeycloakAdmin admin;
  private final KeycloakPeer peer;

  KeycloakFapiSetup(KeycloakAdmin admin, KeycloakPeer peer) {
    this.admin = admin;
    this.peer = peer;
  }

  KeycloakFapiRealm configure(String realm, KeycloakFapiRealm.Profile profile) {
    String path = admin.recreateRealm(realm);
    KeycloakRealm.User user = admin.user(path, "alice");

    KeycloakFapiRealm.Client privateKeyJwt = client(path, "fapi-private-key-jwt", "client-jwt");
    KeycloakFapiRealm.Client tlsClientAuth = client(path, "fapi-tls-client", "client-x509");
    // The policy comes after the clients: its executors' auto-configure runs on client
    // registration only, and consent-required's would put a consent screen into every login.
    // Every runtime check of the profile (PAR, PKCE, request objects, client assertion audience,
    // holder-of-key tokens, signature algorithms) applies to the clients all the same.
    KeycloakAdmin.expect(
        admin.call(
            "PUT",
            path + "/client-policies/policies",
            Map.of(
                "policies",
                List.of(
                    Map.of(
                        "name",
                        "fsonboard-" + profile.keycloakName(),
                        "description",
                        "every client of this realm follows " + profile.keycloakName(),
                        "enabled",
                        true,
                        "conditions",
                        List.of(Map.of("condition", "any-client", "configuration", Map.of())),
                        "profiles",
                        List.of(profile.keycloakName()))))),
        204,
        200);
    String issuer = URI.create(peer.httpsBaseUri() + "/realms/" + realm).toString();
    return new KeycloakFapiRealm(
        profile, realm, issuer, REDIRECT_URI, user, privateKeyJwt, tlsClientAuth);
  }

  /**
   * A confidential client: authentication {@code authenticator}, an RSA key for PS256 (JWKS), an
   * https redirect URI, PKCE S256, certificate-bound tokens; a fresh client certificate.
   */
  private KeycloakFapiRealm.Client client(String path, String clientId, String authenticator) {
    KeyPair keys = TestPki.rsaKeys();
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("use.jwks.string", "true");
    attributes.put("use.jwks.url", "false");
    attributes.put("jwks.string", jwks(keys));
    attributes.put("request.object.signature.alg", "PS256");
    attributes.put("id.token.signed.response.alg", "PS256");
    // JARM (response_mode=jwt, what fapi-1-advanced accepts with response_type=code): PS256 as
    // FAPI 1 Advanced §8.6 asks, not the realm default RS256.
    attributes.put("authorization.signed.response.alg", "PS256");
    if (authenticator.equals("client-jwt")) {
      attributes.put("token.endpoint.auth.signing.alg", "PS256");
    } else {
      attributes.put("x509.subjectdn", "CN=" + clientId);
      attributes.put("x509.allow.regex.pattern.comparison", "false");
    }
    attributes.put("pkce.code.challenge.method", "S256");
    attributes.put("tls.client.certificate.bound.access.tokens", "true");
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("publicClient", false);
    client.put("clientAuthenticatorType", authenticator);
    client.put("standardFlowEnabled", true);
    client.put("implicitFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.put("serviceAccountsEnabled", true);
    client.put("redirectUris", List.of(REDIRECT_URI));
    client.put("attributes", attributes);
    KeycloakAdmin.expect(admin.call("POST", path + "/clients", client), 201);
    return new KeycloakFapiRealm.Client(
        clientId, keys, KEY_ID, peer.issueClientCertificate(clientId));
  }

  /** The public key as an RFC 7517 JWKS ({@code kty} RSA, {@code use} sig, {@code alg} PS256). */
  private static String jwks(KeyPair keys) {
    RSAPublicKey rsa = (RSAPublicKey) keys.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\""
        + KEY_ID
        + "\",\"use\":\"sig\",\"alg\":\"PS256\",\"n\":\""
        + unsigned(rsa.getModulus())
        + "\",\"e\":\""
        + unsigned(rsa.getPublicExponent())
        + "\"}]}";
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
