package io.github.fsonboard.apim.admin;

/**
 * One entry of a key manager's {@code claimMapping}.
 *
 * @param remoteClaim the claim in the key manager's tokens
 * @param localClaim the claim APIM maps it to
 */
public record ClaimMapping(String remoteClaim, String localClaim) {}
