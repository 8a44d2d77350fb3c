package io.github.fsonboard.core.internal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decodes an empty 2xx body (e.g. a 201 with only a {@code Location} header, or a 200 with no
 * content) as {@code null} instead of letting the JSON converter fail on "end of input", which
 * would otherwise surface as a misleading transport error.
 */
final class NullOnEmptyConverterFactory extends Converter.Factory {
  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> next = retrofit.nextResponseBodyConverter(this, type, annotations);
    return body -> body.source().exhausted() ? null : next.convert(body);
  }
}
