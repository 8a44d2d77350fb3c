package io.github.fsonboard.testkit;

/**
 * The Identity Server 7 release the emulator answers as, where releases differ. Only DCR v1.1
 * differs today: IS 7.0 binds the request with Jackson's strict defaults, so {@code client_id} or
 * any other field its {@code RegistrationRequestDTO} does not declare is refused with 400; IS 7.1
 * collects unknown fields ({@code @JsonAnySetter}) and, without an attribute filter, drops them.
 */
public enum IsVersion {
  /** IS 7.0 (identity-inbound-auth-oauth 7.0.26): unknown DCR fields are refused. */
  V7_0,
  /** IS 7.1 (identity-inbound-auth-oauth 7.0.259): unknown DCR fields are dropped. */
  V7_1
}
