package dev.lift.runtime.http;

/**
 * The route table of a generated dispatcher, by route number: lets an {@link Exchange} name its
 * matched route only when someone asks ({@link Exchange#route()}), so that matching a request
 * records a number instead of looking the pattern up.
 */
public interface RoutePatterns {
  /** The pattern of route number {@code route}, for example {@code "GET /users/{id}"}, or {@code null}. */
  String routePattern(int route);
}
