package io.github.fsonboard.apim.fsdcr;

import io.github.fsonboard.core.error.BadRequestException;

/**
 * The server already holds a client for this software: WSO2 IS names the service provider after the
 * software id (the DCR mediation policy's {@code useSoftwareIdAsAppName}) and answers a second
 * registration with 400 {@code invalid_client_metadata} "Application with the name ... already
 * exist in the system". The FS DCR API offers no lookup by software id, so the caller must give the
 * client id it was issued ({@link FsDcrClient#ensureRegistered}); the SDK never registers twice.
 */
public final class SoftwareAlreadyRegisteredException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  private final String softwareId;

  /**
   * Creates the exception from the server's answer.
   *
   * @param cause the server's 400
   * @param softwareId the software id
   */
  public SoftwareAlreadyRegisteredException(BadRequestException cause, String softwareId) {
    super(cause.status(), cause.method(), cause.url(), cause.payload());
    this.softwareId = softwareId;
    initCause(cause);
  }

  /**
   * The software that is already registered.
   *
   * @return the software id
   */
  public String softwareId() {
    return softwareId;
  }
}
