/**
 * Signing in to the API Manager REST APIs: the OAuth client registered for a user with APIM's
 * REST-API client registration (DCR v0.17) and the scope sets for admins and TPPs.
 *
 * <p>Use {@link io.github.fsonboard.apim.ApiManager#signIn} rather than these types directly.
 */
package io.github.fsonboard.apim.auth;
