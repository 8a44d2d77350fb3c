/** WSO2 IS client: dcr. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.dcr;
