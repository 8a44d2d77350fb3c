/** WSO2 IS client: apiresources. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.apiresources;
