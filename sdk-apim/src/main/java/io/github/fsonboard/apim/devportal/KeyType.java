package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.error.ValidationException;
import java.util.Locale;

/** Which environment an application's keys are for. */
public enum KeyType {
  /** Production keys. */
  PRODUCTION,
  /** Sandbox keys. */
  SANDBOX;

  /**
   * Parses a key type, ignoring case.
   *
   * @param value {@code PRODUCTION} or {@code SANDBOX}
   * @return the key type
   * @throws ValidationException naming {@code keyType} for any other value
   */
  public static KeyType of(String value) {
    if (value != null) {
      for (KeyType t : values()) {
        if (t.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
          return t;
        }
      }
    }
    throw new ValidationException("keyType", "must be PRODUCTION or SANDBOX, got " + value);
  }
}
