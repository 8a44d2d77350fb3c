/** WSO2 IS client: revocation. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.revocation;
