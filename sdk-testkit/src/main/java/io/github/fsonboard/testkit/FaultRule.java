package io.github.fsonboard.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Injects a fault into requests that match a method and a path regex. Immutable: each method
 * returns a new rule.
 *
 * <p>Two phases:
 *
 * <ul>
 *   <li><b>before</b> (default): the fault replaces the response and the request is <em>not</em>
 *       handled, so a faulted write did not happen (a safe retry must succeed);
 *   <li><b>{@link #afterCommit()}</b>: the request is handled (the write happens) and then the
 *       response is lost or replaced, which is what makes duplicate-detection tests meaningful (a
 *       blind retry of a POST now meets a 409).
 * </ul>
 *
 * {@link InjectedFault#latency latency} always lets the request through and only delays the
 * response.
 *
 * <pre>{@code
 * emulator.faults().add(FaultRule.on("POST", "/api/am/devportal/v3/applications")
 *     .inject(InjectedFault.emptyResponse()).afterCommit().times(1));
 * }</pre>
 */
public final class FaultRule {

  /** Which emulated server a rule applies to. */
  public enum Target {
    /** Both servers. */
    ANY,
    /** Only the API Manager endpoints. */
    APIM,
    /** Only the Identity Server endpoints. */
    IS,
    /**
     * The Financial Services gateway (FS DCR API, test directory). Names the server of its {@link
     * EmulatorExchange}s; fault rules do not apply to it.
     */
    FS_GATEWAY
  }

  private final String method;
  private final Pattern path;
  private final InjectedFault fault;
  private final boolean afterCommit;
  private final int times;
  private final Target target;

  private FaultRule(
      String method,
      Pattern path,
      InjectedFault fault,
      boolean afterCommit,
      int times,
      Target target) {
    this.method = method;
    this.path = path;
    this.fault = fault;
    this.afterCommit = afterCommit;
    this.times = times;
    this.target = target;
  }

  /**
   * Starts a rule for a method and path.
   *
   * @param method the HTTP method, or {@code "*"} for any
   * @param pathRegex a regex the whole request path (without query) must match
   * @return a rule without fault yet (add one with {@link #inject})
   */
  public static FaultRule on(String method, String pathRegex) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathRegex, "pathRegex");
    return new FaultRule(
        method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), null, false, -1, Target.ANY);
  }

  /**
   * Sets the fault to inject.
   *
   * @param fault the fault
   * @return the new rule
   */
  public FaultRule inject(InjectedFault fault) {
    return new FaultRule(
        method, path, Objects.requireNonNull(fault, "fault"), afterCommit, times, target);
  }

  /**
   * Handles the request first and then loses or replaces its response.
   *
   * @return the new rule
   */
  public FaultRule afterCommit() {
    return new FaultRule(method, path, fault, true, times, target);
  }

  /**
   * Limits how many requests the rule faults; after that it stops matching.
   *
   * @param times how many times, at least 1
   * @return the new rule
   * @throws IllegalArgumentException if less than 1
   */
  public FaultRule times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    return new FaultRule(method, path, fault, afterCommit, times, target);
  }

  /**
   * Restricts the rule to one server (paths such as {@code /oauth2/token} exist on both).
   *
   * @param target the server
   * @return the new rule
   */
  public FaultRule target(Target target) {
    return new FaultRule(method, path, fault, afterCommit, times, Objects.requireNonNull(target));
  }

  /**
   * Whether the rule applies to a request.
   *
   * @param server the server receiving it
   * @param requestMethod the request method
   * @param requestPath the request path
   * @return true when it matches
   */
  public boolean matches(Target server, String requestMethod, String requestPath) {
    return (target == Target.ANY || target == server)
        && (method.equals("*") || method.equalsIgnoreCase(requestMethod))
        && path.matcher(requestPath).matches();
  }

  /**
   * Returns the fault.
   *
   * @return the fault, or null if none was set
   */
  public InjectedFault fault() {
    return fault;
  }

  /**
   * Whether the request is handled before the fault.
   *
   * @return true for after-commit rules
   */
  public boolean isAfterCommit() {
    return afterCommit;
  }

  /**
   * How many times the rule fires.
   *
   * @return the count, or -1 for unlimited
   */
  public int times() {
    return times;
  }

  @Override
  public String toString() {
    return "FaultRule["
        + target
        + " "
        + method
        + " "
        + path
        + " -> "
        + fault
        + (afterCommit ? " after commit" : "")
        + (times > 0 ? " x" + times : "")
        + "]";
  }
}
