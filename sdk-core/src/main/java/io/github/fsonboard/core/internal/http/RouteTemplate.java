package io.github.fsonboard.core.internal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The path of a request with its ids replaced by placeholders, for listeners and metric tags: a raw
 * path would give one time series per application or client id. A Retrofit call contributes its
 * method's template ({@code applications/{applicationId}/keys}) after the base URL's own path; a
 * hand-built request (token, discovery, JWKS, FS DCR) has each id-like segment (all digits, three
 * or more digits, or more than 24 characters; never a {@code v1.0}-style version) replaced by
 * {@code {id}}: {@code oauth2} stays, a generated client id does not.
 */
final class RouteTemplate {
  private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();
  private static final Pattern VERSION = Pattern.compile("v\\d+(\\.\\d+)*");
  private static final String NO_TEMPLATE = "";

  private RouteTemplate() {}

  static String of(Request request) {
    List<String> segments = request.url().pathSegments();
    Invocation invocation = request.tag(Invocation.class);
    String template =
        invocation == null
            ? NO_TEMPLATE
            : TEMPLATES.computeIfAbsent(invocation.method(), RouteTemplate::annotated);
    if (template.isEmpty()) {
      return guessed(segments, segments.size());
    }
    int own = template.split("/", -1).length;
    int prefix = Math.max(0, segments.size() - own);
    String base = guessed(segments, prefix);
    return (base.equals("/") ? "" : base) + "/" + template;
  }

  /** The first {@code count} segments, with id-like ones replaced. */
  private static String guessed(List<String> segments, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String s = segments.get(i);
      if (s.isEmpty() && i == segments.size() - 1) {
        continue; // trailing slash
      }
      sb.append('/').append(idLike(s) ? "{id}" : s);
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  private static boolean idLike(String segment) {
    if (segment.length() > 24) {
      return true;
    }
    long digits = segment.chars().filter(Character::isDigit).count();
    return (digits >= 3 || digits == segment.length()) && !VERSION.matcher(segment).matches();
  }

  /** The relative URL of a Retrofit method, without query, or empty for {@code @Url} methods. */
  private static String annotated(Method method) {
    for (Annotation a : method.getAnnotations()) {
      String value = relativeUrl(a);
      if (value != null) {
        int q = value.indexOf('?');
        String path = q < 0 ? value : value.substring(0, q);
        return path.startsWith("/") ? path.substring(1) : path;
      }
    }
    return NO_TEMPLATE;
  }

  private static String relativeUrl(Annotation a) {
    if (a instanceof GET g) {
      return g.value();
    } else if (a instanceof POST p) {
      return p.value();
    } else if (a instanceof PUT p) {
      return p.value();
    } else if (a instanceof DELETE d) {
      return d.value();
    } else if (a instanceof PATCH p) {
      return p.value();
    } else if (a instanceof HEAD h) {
      return h.value();
    } else if (a instanceof OPTIONS o) {
      return o.value();
    } else if (a instanceof HTTP h) {
      return h.path();
    }
    return null;
  }
}
