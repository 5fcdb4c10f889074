package dev.lift.runtime.init;

/**
 * The function's init failed: Lambda reports it as an init error, with this message naming the
 * resource, class or hook that failed and why, instead of a confusing first-request error.
 */
public final class InitFailure extends RuntimeException {
  public InitFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Typed as {@link RuntimeException}: {@link Init}, linked on every cold start, would otherwise
   * have the verifier load this class although an init rarely fails.
   */
  static RuntimeException of(String message, Throwable cause) {
    return new InitFailure(message, cause);
  }
}
