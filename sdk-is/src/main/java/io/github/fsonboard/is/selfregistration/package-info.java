/** WSO2 IS client: selfregistration. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.selfregistration;
