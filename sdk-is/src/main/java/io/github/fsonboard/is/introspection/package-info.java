/** WSO2 IS client: introspection. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.introspection;
