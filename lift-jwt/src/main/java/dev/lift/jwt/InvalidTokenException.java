package dev.lift.jwt;

/**
 * A bearer token was rejected. The {@linkplain #getMessage() message} is written for the client
 * (it goes into {@code error_description}): it says which check failed and never echoes the token.
 */
public final class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String description) {
    super(description, null, false, false);
  }
}
