package io.github.fsonboard.apim.internal;

/**
 * Body of {@code POST /client-registration/v0.17/register}. {@code saasApp} is a JSON boolean as
 * every WSO2 client sends it (the v0.17 spec types it as a string: a known spec bug).
 *
 * @param callbackUrl unused (no authorization_code grant) but expected
 * @param clientName the unique client name
 * @param owner the user who owns the client
 * @param grantType space-separated grant types
 * @param saasApp true
 */
public record DcrRequest(
    String callbackUrl, String clientName, String owner, String grantType, Boolean saasApp) {}
