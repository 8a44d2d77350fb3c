/** WSO2 IS client: roles. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.roles;
