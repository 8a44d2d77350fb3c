/**
 * The WSO2 Identity Server 7 client. Start at {@link io.github.fsonboard.is.IdentityServer}; each
 * API area has its own package ({@code discovery}, {@code dcr}, {@code introspection}, {@code
 * revocation}, {@code jwks}, {@code userinfo}, {@code scim}, {@code roles}, {@code apiresources},
 * {@code scopes}, {@code selfregistration}, {@code applications}).
 */
package io.github.fsonboard.is;
