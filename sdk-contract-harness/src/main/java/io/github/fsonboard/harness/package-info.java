/**
 * Test support for the FS Onboard SDK (used in test scope, never published).
 *
 * <ul>
 *   <li>Contract tests: {@link io.github.fsonboard.harness.ContractValidator} validates traffic
 *       recorded with {@link io.github.fsonboard.harness.WireMockTraffic} against WSO2's OpenAPI
 *       files ({@link io.github.fsonboard.harness.Spec}, located by {@link
 *       io.github.fsonboard.harness.Wso2Specs}); only the documented spec bugs in {@link
 *       io.github.fsonboard.harness.AllowList#wso2KnownSpecBugs()} are accepted.
 *   <li>API hygiene: {@link io.github.fsonboard.harness.PublicApiChecker} fails when a public
 *       signature mentions OkHttp, Retrofit, Moshi, Okio or an {@code .internal.} type.
 *   <li>Interop: {@link io.github.fsonboard.harness.KeycloakPeer} runs a real Keycloak on loopback
 *       (Maven profile {@code interop}) and {@link
 *       io.github.fsonboard.harness.KeycloakPeer#configureRealm()} prepares a realm ({@link
 *       io.github.fsonboard.harness.KeycloakRealm}).
 * </ul>
 */
package io.github.fsonboard.harness;
