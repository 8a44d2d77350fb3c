package io.github.fsonboard.apim.internal;

import com.squareup.moshi.JsonDataException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.http.MoshiFactory;
import io.github.fsonboard.core.internal.http.Redactor;
import java.io.IOException;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;

/**
 * Decodes bodies whose shape depends on the status (201 entity vs 202 workflow) or that may be
 * empty (200 on DELETE): Retrofit's converter would fail on an empty body.
 */
public final class Json {
  private Json() {}

  /**
   * Decodes the body of a result read as raw bytes.
   *
   * @param result the HTTP result
   * @param type the target type
   * @param what what the body is, for error messages
   * @param <T> the target type
   * @return the decoded value, or null when the body is empty
   */
  public static <T> T decode(HttpResult<ResponseBody> result, Type type, String what) {
    ResponseBody body = result.body();
    if (body == null) {
      return null;
    }
    String text;
    try (body) {
      text = body.string();
    } catch (IOException e) {
      throw new FsOnboardException("Could not read " + what + ": " + e.getMessage(), e);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      return MoshiFactory.moshi().<T>adapter(type).fromJson(text);
    } catch (IOException | JsonDataException e) {
      throw new FsOnboardException(
          "Malformed " + what + ": " + Redactor.text(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Maps a JSON value read as maps and lists onto a type.
   *
   * @param value the value
   * @param type the target type
   * @param what what the value is, for error messages
   * @param <T> the target type
   * @return the mapped value
   */
  public static <T> T fromValue(Object value, Class<T> type, String what) {
    try {
      return MoshiFactory.moshi().adapter(type).fromJsonValue(value);
    } catch (RuntimeException e) {
      throw new FsOnboardException(
          "Malformed " + what + ": " + Redactor.text(String.valueOf(e.getMessage())), e);
    }
  }
}
