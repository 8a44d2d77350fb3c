package io.github.fsonboard.testkit;

/**
 * Receives every exchange an emulator serves, after the response is written (for recording traffic,
 * e.g. to validate it against a contract). Called on server threads, possibly at the same time for
 * different requests: implementations must be thread-safe and quick.
 *
 * <pre>{@code
 * List<EmulatorExchange> seen = new CopyOnWriteArrayList<>();
 * emulator.addExchangeListener(seen::add);
 * }</pre>
 */
@FunctionalInterface
public interface ExchangeListener {
  /**
   * Called once per served request.
   *
   * @param exchange the request and its response
   */
  void onExchange(EmulatorExchange exchange);
}
