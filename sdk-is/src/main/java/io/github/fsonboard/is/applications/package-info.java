/** WSO2 IS client: applications. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.applications;
