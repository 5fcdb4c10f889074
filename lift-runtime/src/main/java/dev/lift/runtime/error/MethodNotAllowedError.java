package dev.lift.runtime.error;

import java.util.Objects;

/**
 * 405 {@code METHOD_NOT_ALLOWED}: the path matches a route but not with this method. Generated
 * dispatchers throw it with the {@code Allow} header value built from the methods the path
 * accepts; {@link ErrorResponses} sends that header with the error body.
 */
public class MethodNotAllowedError extends LiftError {
  private final String allow;

  /**
   * @param allow the {@code Allow} header value, for example {@code "GET, HEAD, POST"}
   * @param message for the client, for example {@code "Method DELETE is not allowed on /users/{id}"}
   */
  public MethodNotAllowedError(String allow, String message) {
    super(405, "METHOD_NOT_ALLOWED", message);
    this.allow = Objects.requireNonNull(allow, "allow");
  }

  /** The {@code Allow} header value. */
  public String allow() {
    return allow;
  }
}
