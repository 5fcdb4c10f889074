package dev.lift.runtime.error;

import java.util.Objects;

/**
 * An error that answers with a status and the standard error body:
 * {@code {"code", "message", "details", "request_id", "trace_id"}}.
 *
 * <p>Throw it from handlers (or let the framework throw it for bad input); the runtime writes the
 * body in the shape of the event. Client errors (4xx) carry no stack trace: they are expected and
 * cheap. {@code details} may be a {@code Map<String, ?>}, a {@code List<?>}, a string, a number, a
 * boolean or {@code null}, nested freely.
 */
public class LiftError extends RuntimeException {
  private final int status;
  private final String code;
  private final Object details;

  public LiftError(int status, String code, String message) {
    this(status, code, message, null, null);
  }

  public LiftError(int status, String code, String message, Object details) {
    this(status, code, message, details, null);
  }

  public LiftError(int status, String code, String message, Object details, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause, false, status >= 500);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("An error status is 4xx or 5xx, not " + status);
    }
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.details = details;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Extra information for the client, or {@code null}. */
  public Object details() {
    return details;
  }

  public static LiftError badRequest(String message) {
    return new LiftError(400, "BAD_REQUEST", message);
  }

  public static LiftError badRequest(String message, Object details) {
    return new LiftError(400, "BAD_REQUEST", message, details);
  }

  /**
   * 422 {@code VALIDATION_FAILED} with one entry per field problem in {@code details}:
   * {@code [{"field": "email", "message": "must be an email address"}]}.
   */
  public static LiftError validationFailed(String message, java.util.List<?> violations) {
    return new LiftError(422, "VALIDATION_FAILED", message, violations);
  }

  /** {@code VALIDATION_FAILED} with another status: 400 for APIs that answer field problems so. */
  public static LiftError validationFailed(int status, String message, java.util.List<?> violations) {
    return new LiftError(status, "VALIDATION_FAILED", message, violations);
  }

  public static LiftError unauthorized(String message) {
    return new LiftError(401, "UNAUTHORIZED", message);
  }

  public static LiftError forbidden(String message) {
    return new LiftError(403, "FORBIDDEN", message);
  }

  public static LiftError conflict(String message) {
    return new LiftError(409, "CONFLICT", message);
  }

  public static LiftError rateLimited(String message) {
    return new LiftError(429, "RATE_LIMITED", message);
  }

  public static LiftError unavailable(String message) {
    return new LiftError(503, "UNAVAILABLE", message);
  }

  public static LiftError timeout(String message) {
    return new LiftError(504, "TIMEOUT", message);
  }

  public static LiftError notFound(String message) {
    return new LiftError(404, "NOT_FOUND", message);
  }

  public static LiftError methodNotAllowed(String message) {
    return new LiftError(405, "METHOD_NOT_ALLOWED", message);
  }

  public static LiftError payloadTooLarge(String message) {
    return new LiftError(413, "PAYLOAD_TOO_LARGE", message);
  }

  public static LiftError unsupportedMediaType(String message) {
    return new LiftError(415, "UNSUPPORTED_MEDIA_TYPE", message);
  }

  public static LiftError internal() {
    return new LiftError(500, "INTERNAL", "Internal server error");
  }
}
