/** WSO2 IS client: jwks. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.jwks;
