package io.github.fsonboard.apim;

import io.github.fsonboard.core.error.ApiException;
import java.util.Optional;

/**
 * The API Manager errors the onboarding meets, as WSO2's server code sends them (wso2-contracts §9:
 * carbon-apimgt {@code ExceptionCodes} and {@code RestApiUtil.getErrorDTO}, the FS key manager's
 * {@code FSKeyManagerImpl}/{@code FSKeyManagerUtil}). WSO2 codes are not unique across its APIs, so
 * each is matched with its HTTP status.
 *
 * <pre>{@code
 * try {
 *   keys.generate(appId, request);
 * } catch (ApiException e) {
 *   if (ApimError.of(e).orElse(null) == ApimError.APPLICATION_NOT_APPROVED) {
 *     // wait for the approval, then run again
 *   }
 * }
 * }</pre>
 */
public enum ApimError {
  /** 400, 900970: an application property FS refuses (a lifetime that is not a long, a flag). */
  INVALID_APPLICATION_PROPERTY(400, "900970", "the key manager refused an application property"),
  /** 400, 901407: a required application property ({@code regulatory}) is missing. */
  REQUIRED_PROPERTY_MISSING(400, "901407", "a required application property is missing"),
  /**
   * 500, 900953: FS refused the application certificate ({@code sp_certificate} missing, unparsable
   * or expired for a regulatory application). Not a lost answer: nothing was made.
   */
  CERTIFICATE_REJECTED(500, "900953", "the key manager rejected the certificate"),
  /**
   * 500, 900967: the key manager failed; at generate-keys through the IS 7 connector this is
   * typically wrong IS admin credentials in the key manager, and the key mapping is already saved.
   */
  KEY_MANAGER_FAILED(
      500,
      "900967",
      "the key manager failed (with the IS 7 connector: check the IS admin credentials in the key"
          + " manager's configuration)"),
  /** 400, 901403: generate-keys named a key manager that is unknown or disabled. */
  KEY_MANAGER_NOT_REGISTERED(400, "901403", "the key manager is unknown or disabled"),
  /**
   * 409, 901409: a key mapping of this type already exists at the key manager, possibly one the key
   * listing does not show (disabled key manager, IS unreachable). A mapping without keys (awaiting
   * approval, rejected, or left by a failed generation) is listed, with its keyState.
   */
  KEY_MAPPING_EXISTS(
      409,
      "901409",
      "keys of this type already exist at the key manager, though the key listing may not show"
          + " them (key manager disabled or Identity Server unreachable); a key mapping without"
          + " keys is listed with its keyState: clean it up to generate again"),
  /** 404, 901411: no key manager with that id. */
  KEY_MANAGER_NOT_FOUND(404, "901411", "no such key manager"),
  /** 409, 901402: a key manager with that name exists. */
  KEY_MANAGER_EXISTS(409, "901402", "a key manager with that name already exists"),
  /** 412, 902015: the key manager is in use (or is the Resident Key Manager): not deleted. */
  KEY_MANAGER_IN_USE(412, "902015", "the key manager is in use and cannot be deleted"),
  /** 409, code 409 "Resource Already Exists": a duplicate application or subscription. */
  RESOURCE_ALREADY_EXISTS(409, "409", "the application or subscription already exists"),
  /**
   * 400, 900309 "Application is not active": generate-keys on an application an approval workflow
   * still holds (or rejected). carbon-apimgt {@code
   * APIConsumerImpl.requestApprovalForApplicationRegistration} (API Manager 4.6 and later; earlier
   * versions register the keys anyway).
   */
  APPLICATION_NOT_APPROVED(400, "900309", "the application is not approved yet");

  /**
   * The text a REST-layer refusal of the same case carries without that code (the REST check the
   * same carbon-apimgt change added could not be read); matched only with status 400.
   */
  static final String NOT_APPROVED_TEXT = "not yet approved";

  private final int status;
  private final String code;
  private final String meaning;

  ApimError(int status, String code, String meaning) {
    this.status = status;
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * Recognises an API Manager error.
   *
   * @param error any exception (an {@link ApiException} is what matches)
   * @return the error, or empty when it is none of these
   */
  public static Optional<ApimError> of(Throwable error) {
    if (!(error instanceof ApiException e)) {
      return Optional.empty();
    }
    String description = e.payload().description();
    if (e.status() == 400
        && description != null
        && description.contains(NOT_APPROVED_TEXT)
        && description.contains("keys")) {
      return Optional.of(APPLICATION_NOT_APPROVED);
    }
    String code = e.payload().code();
    for (ApimError candidate : values()) {
      if (candidate.code != null && candidate.status == e.status() && candidate.code.equals(code)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The HTTP status the server answers with.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The WSO2 error code, or empty when the server sends none of its own.
   *
   * @return the code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * What the error means, in plain words for a report.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }
}
