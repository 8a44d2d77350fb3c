package io.github.fsonboard.apim.fsdcr;

/**
 * What {@link FsDcrClient#ensureRegistered} found or did.
 *
 * @param registration the client
 * @param created true when this call registered it, false when it already existed
 */
public record RegistrationOutcome(ClientRegistration registration, boolean created) {}
