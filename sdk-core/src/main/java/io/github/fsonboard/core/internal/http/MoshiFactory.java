package io.github.fsonboard.core.internal.http;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import io.github.fsonboard.core.internal.json.JsonValues;
import io.github.fsonboard.core.internal.json.RecordAdapter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * The one Moshi instance of the SDK. Records go through {@link RecordAdapter} (Moshi 1.15's record
 * semantics without its per-call reflection cost); {@link Secret} maps to a JSON string so DTOs can
 * hold secrets without ever printing them; untyped values ({@code Object}, the values of {@code
 * Map<String, Object>}) follow {@link JsonNumbers}, so an integral JSON number arrives as a {@code
 * Long}, not as Moshi's default double.
 */
public final class MoshiFactory {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(new SecretAdapter())
          .add(JsonValueAdapter.FACTORY)
          .add(RecordAdapter.FACTORY)
          .build();

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

  /**
   * Reads the next JSON value as maps, lists, strings, booleans, nulls and numbers under {@link
   * JsonNumbers} (the SDK's one way to read untyped JSON).
   *
   * @param reader the reader, positioned at a value
   * @return the value
   * @throws IOException when the JSON is malformed
   */
  public static Object readValue(JsonReader reader) throws IOException {
    return JsonValues.read(reader, false);
  }

  /** Untyped JSON values under {@link JsonNumbers}; writing is Moshi's own. */
  private static final class JsonValueAdapter extends JsonAdapter<Object> {
    static final JsonAdapter.Factory FACTORY =
        new JsonAdapter.Factory() {
          @Override
          public JsonAdapter<?> create(
              Type type, Set<? extends Annotation> annotations, Moshi moshi) {
            return type == Object.class && annotations.isEmpty()
                ? new JsonValueAdapter(moshi.nextAdapter(this, Object.class, annotations))
                : null;
          }
        };

    private final JsonAdapter<Object> writer;

    JsonValueAdapter(JsonAdapter<Object> writer) {
      this.writer = writer;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      return readValue(reader);
    }

    @Override
    public void toJson(JsonWriter out, Object value) throws IOException {
      writer.toJson(out, value);
    }
  }
}
