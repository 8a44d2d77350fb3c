/** WSO2 IS client: scopes. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.scopes;
