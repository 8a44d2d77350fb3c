package io.github.fsonboard.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection of one emulator: explicit {@link FaultRule rules} (checked in the order added)
 * and an optional seeded random mode. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults().add(FaultRule.on("*", "/oauth2/token").inject(InjectedFault.status(503)).times(2));
 * emulator.faults().randomly(42L, 0.2, InjectedFault.connectionReset(), InjectedFault.tooManyRequests(1));
 * long injected = emulator.faults().injectedCount();
 * }</pre>
 */
public final class Faults {

  /**
   * What to do with one request.
   *
   * @param fault the fault
   * @param afterCommit whether the request is handled before the fault
   */
  public record Decision(InjectedFault fault, boolean afterCommit) {}

  private static final class Armed {
    final FaultRule rule;
    int remaining;

    Armed(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.times();
    }
  }

  private final List<Armed> rules = new ArrayList<>();
  private final AtomicLong injected = new AtomicLong();
  private Random random;
  private double probability;
  private List<InjectedFault> randomChoices = List.of();

  /** Creates an empty fault set (normally obtained from {@link Wso2Emulator#faults()}). */
  public Faults() {}

  /**
   * Adds a rule.
   *
   * @param rule the rule, with a fault set
   * @return this
   * @throws IllegalArgumentException if the rule has no fault
   */
  public synchronized Faults add(FaultRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (rule.fault() == null) {
      throw new IllegalArgumentException("FaultRule has no fault: call inject(...)");
    }
    rules.add(new Armed(rule));
    return this;
  }

  /**
   * Faults every request with the given probability, picking among the faults with a seeded
   * generator, so a run is repeatable when requests arrive in the same order. Random faults use the
   * <em>before</em> phase (the request is not handled) except latency.
   *
   * @param seed the seed
   * @param probability chance per request, 0 to 1
   * @param faults the faults to choose from
   * @return this
   * @throws IllegalArgumentException on a bad probability or no faults
   */
  public synchronized Faults randomly(long seed, double probability, InjectedFault... faults) {
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be within 0..1");
    }
    if (faults.length == 0) {
      throw new IllegalArgumentException("at least one fault is needed");
    }
    this.random = new Random(seed);
    this.probability = probability;
    this.randomChoices = List.of(faults);
    return this;
  }

  /**
   * Removes all rules and stops random faults (the injected count is kept).
   *
   * @return this
   */
  public synchronized Faults clear() {
    rules.clear();
    random = null;
    randomChoices = List.of();
    return this;
  }

  /**
   * How many faults were injected since start.
   *
   * @return the count
   */
  public long injectedCount() {
    return injected.get();
  }

  /**
   * Decides the fault for one request and counts it. Used by the emulator's dispatcher.
   *
   * @param server which server received the request
   * @param method the method
   * @param path the path
   * @return the decision, or null for no fault
   */
  public synchronized Decision decide(FaultRule.Target server, String method, String path) {
    Iterator<Armed> it = rules.iterator();
    while (it.hasNext()) {
      Armed armed = it.next();
      if (armed.rule.matches(server, method, path)) {
        if (armed.remaining > 0 && --armed.remaining == 0) {
          it.remove();
        }
        injected.incrementAndGet();
        return new Decision(armed.rule.fault(), armed.rule.isAfterCommit());
      }
    }
    if (random != null && random.nextDouble() < probability) {
      injected.incrementAndGet();
      return new Decision(randomChoices.get(random.nextInt(randomChoices.size())), false);
    }
    return null;
  }
}
