/** WSO2 IS client: scim. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.scim;
