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

  private record Route(String method, Pattern pattern, Handler handler) {}

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
    routes.add(new Route(method, Pattern.compile(regex), handler));
    return this;
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
