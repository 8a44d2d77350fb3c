package io.github.fsonboard.core.internal.http;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Path;

/**
 * The one place an id becomes a URL path segment, for every client: Retrofit {@code @Path} values
 * (through {@link #converterFactory()}, installed by {@link HttpEngine}) and hand-built URLs
 * ({@link #segment}). An id that is blank, {@code "."}, {@code ".."}, or holds a slash, a backslash
 * or a control character is refused with a {@link ValidationException} naming the field: {@code
 * delete("..")} must never reach the collection above the resource with admin credentials.
 */
public final class PathIds {
  private PathIds() {}

  /**
   * Validates an id.
   *
   * @param id the id
   * @param field the field name for the error
   * @return the id unchanged
   * @throws ValidationException when the id could address another path
   */
  public static String check(String id, String field) {
    if (id == null || id.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new ValidationException(field, "must not be \".\" or \"..\"");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
        throw new ValidationException(field, "must not contain '/', '\\\\' or control characters");
      }
    }
    return id;
  }

  /**
   * Validates an id and percent-encodes it as one path segment: every byte outside the RFC 3986
   * unreserved set, as {@link UriCodec#encode} does for every value the SDK puts in a URL.
   *
   * @param id the id
   * @param field the field name for the error
   * @return the encoded segment
   * @throws ValidationException when the id could address another path
   */
  public static String segment(String id, String field) {
    return UriCodec.encode(check(id, field));
  }

  /**
   * A Retrofit converter factory that runs {@link #check} on every {@code @Path} value.
   *
   * @return the factory
   */
  public static Converter.Factory converterFactory() {
    return new Converter.Factory() {
      @Override
      public Converter<?, String> stringConverter(
          Type type, Annotation[] annotations, Retrofit retrofit) {
        for (Annotation a : annotations) {
          if (a instanceof Path path && !path.encoded()) {
            String field = path.value();
            return value -> check(String.valueOf(value), field);
          }
        }
        return null;
      }
    };
  }
}
