/**
 * TPP self sign-up on the API Manager ({@code POST /api/identity/user/v1.0/me}), step 1 of the TPP
 * part of the Manual Client Registration guide. Entry point: {@link
 * io.github.fsonboard.apim.selfsignup.SelfSignUpClient}.
 */
package io.github.fsonboard.apim.selfsignup;
