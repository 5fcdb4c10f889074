package dev.lift.runtime.error;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Errors for Lift's own classes on the request path (and generated code) to throw, typed as
 * {@code RuntimeException}. The JVM verifies a class when it loads it, and a {@code throw} of a
 * value typed {@link LiftError} (or a {@code catch} of it) makes the verifier load {@code
 * LiftError} to check that it is a {@code Throwable}: a cold start whose first request fails
 * nothing would pay for the class all the same (0.3 to 0.5 ms from a jar). Thrown through a
 * method of this class, whose return type the JVM knows without loading anything, the error class
 * is loaded when an error is made. Applications throw {@link LiftError} directly.
 */
public final class Failures {
  private Failures() {}

  /** {@link LiftError#badRequest(String)}: 400 {@code BAD_REQUEST}. */
  public static RuntimeException badRequest(String message) {
    return LiftError.badRequest(message);
  }

  /** {@link LiftError#badRequest(String, Object)}: 400 {@code BAD_REQUEST} with details. */
  public static RuntimeException badRequest(String message, Object details) {
    return LiftError.badRequest(message, details);
  }

  /** {@code new LiftError(status, code, message, details)}. */
  public static RuntimeException error(int status, String code, String message, Object details) {
    return new LiftError(status, code, message, details);
  }

  /** A stream failure where no checked exception can be thrown. */
  public static RuntimeException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
