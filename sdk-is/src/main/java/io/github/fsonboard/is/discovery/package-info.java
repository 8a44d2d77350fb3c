/** WSO2 IS client: discovery. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.discovery;
