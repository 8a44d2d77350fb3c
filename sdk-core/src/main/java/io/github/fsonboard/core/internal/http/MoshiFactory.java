package io.github.fsonboard.core.internal.http;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import io.github.fsonboard.core.auth.Secret;

/**
 * The one Moshi instance of the SDK. Records are supported natively by Moshi 1.15; {@link Secret}
 * maps to a JSON string so DTOs can hold secrets without ever printing them.
 */
public final class MoshiFactory {
  private static final Moshi MOSHI = new Moshi.Builder().add(new SecretAdapter()).build();

  private MoshiFactory() {}

  /**
   * Returns the shared instance (Moshi is thread-safe and caches adapters).
   *
   * @return the Moshi instance
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** JSON string ⇄ {@link Secret}. */
  static final class SecretAdapter {
    @ToJson
    String toJson(Secret secret) {
      return secret.reveal();
    }

    @FromJson
    Secret fromJson(String value) {
      return Secret.of(value);
    }
  }
}
