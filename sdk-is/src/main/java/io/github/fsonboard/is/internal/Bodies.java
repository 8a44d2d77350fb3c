package io.github.fsonboard.is.internal;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.internal.http.RawCall;
import java.io.IOException;
import java.util.Map;
import okhttp3.ResponseBody;

/**
 * Reads JSON bodies that a 2xx response may or may not carry. WSO2 answers some creates with 201
 * and an empty body; Retrofit's JSON converter fails on an empty 201 (it only skips 204/205), so
 * such calls are declared as {@code Call<ResponseBody>} and read here.
 */
public final class Bodies {
  private Bodies() {}

  /**
   * Reads an optional JSON object.
   *
   * @param body the raw body, or null
   * @param what what the body is, for error messages
   * @return the members, or null when the body is empty
   */
  public static Map<String, Object> jsonOrNull(ResponseBody body, String what) {
    String text = text(body, what);
    return text.isBlank() ? null : RawCall.jsonObject(text, what);
  }

  /**
   * Reads a body as text.
   *
   * @param body the raw body, or null
   * @param what what the body is, for error messages
   * @return the text, empty when there is no body
   */
  public static String text(ResponseBody body, String what) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.string();
    } catch (IOException e) {
      throw new FsOnboardException(what + " could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Closes a body the caller does not need, returning its connection to the pool.
   *
   * @param body the raw body, or null
   */
  public static void discard(ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }
}
