package io.github.fsonboard.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Method + path-regex routing to handlers. */
public final class Router {

  /** Handles one matched request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Handles the request.
     *
     * @param request the request
     * @param path the path matcher (groups are the path parameters)
     * @return the reply
     */
    Reply handle(Request request, Matcher path);
  }

  private record Route(String method, Pattern pattern, String template, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final Function<Request, Reply> notFound;

  /**
   * Creates a router.
   *
   * @param notFound reply for unknown paths
   */
  public Router(Function<Request, Reply> notFound) {
    this.notFound = notFound;
  }

  /**
   * Adds a route.
   *
   * @param method HTTP method
   * @param regex path regex (whole path)
   * @param handler the handler
   * @return this router
   */
  public Router on(String method, String regex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(regex), template(regex), handler));
    return this;
  }

  /**
   * A readable path template of a route regex: the optional tenant prefix dropped, path parameters
   * shown as {@code {id}}, alternatives as {@code {a|b}}.
   *
   * @param regex the route regex
   * @return the template
   */
  static String template(String regex) {
    return regex
        .replace("(?:/t/[^/]+)?", "")
        .replace("([^/.][^/]*)", "{id}")
        .replace("([^/]+)", "{id}")
        .replaceAll("\\((\\w+(?:\\|\\w+)+)\\)", "{$1}")
        .replace("\\.", ".");
  }

  /**
   * The template of the route a request goes to, for counting.
   *
   * @param request the request
   * @return the route's template, or the raw path when no route matches
   */
  public String templateOf(Request request) {
    String fallback = request.path();
    for (Route route : routes) {
      if (route.pattern().matcher(request.path()).matches()) {
        if (route.method().equals(request.method())) {
          return route.template();
        }
        fallback = route.template();
      }
    }
    return fallback;
  }

  /**
   * Dispatches a request.
   *
   * @param request the request
   * @return the reply (405 when the path exists with another method)
   */
  public Reply dispatch(Request request) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher m = route.pattern().matcher(request.path());
      if (m.matches()) {
        pathKnown = true;
        if (route.method().equals(request.method())) {
          try {
            return route.handler().handle(request, m);
          } catch (Halt halt) {
            return halt.reply();
          }
        }
      }
    }
    return pathKnown ? Reply.empty(405) : notFound.apply(request);
  }
}
