package io.github.fsonboard.apim.devportal;

import java.util.Locale;

/** Reads a server's state string into an enum, mapping what it does not know to a fallback. */
final class ServerEnums {
  private ServerEnums() {}

  static <E extends Enum<E>> E of(Class<E> type, String raw, E unknown) {
    if (raw == null || raw.isBlank()) {
      return unknown;
    }
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return unknown;
    }
  }
}
