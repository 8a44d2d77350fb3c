/** WSO2 IS client: OpenID Connect UserInfo. See {@link io.github.fsonboard.is.IdentityServer}. */
package io.github.fsonboard.is.userinfo;
