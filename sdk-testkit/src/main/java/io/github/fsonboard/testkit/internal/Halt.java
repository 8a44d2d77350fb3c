package io.github.fsonboard.testkit.internal;

/** Thrown by a handler to stop and answer with an error reply. */
public final class Halt extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reply to send. */
  private final transient Reply reply;

  /**
   * Creates the signal.
   *
   * @param reply the reply to send
   */
  public Halt(Reply reply) {
    super(null, null, false, false);
    this.reply = reply;
  }

  /**
   * Returns the reply.
   *
   * @return the reply
   */
  public Reply reply() {
    return reply;
  }
}
