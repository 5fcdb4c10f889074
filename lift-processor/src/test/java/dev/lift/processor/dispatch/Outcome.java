package dev.lift.processor.dispatch;

/**
 * What a request came to: a route ran (200 and its body, which names the route and the values of
 * its variables), or 404, or 405 with the {@code Allow} header. Compared whole, so a disagreement
 * in any part of it fails.
 */
record Outcome(int status, String body, String allow) {
  static Outcome routed(String body) {
    return new Outcome(200, body, null);
  }

  static Outcome notFound() {
    return new Outcome(404, null, null);
  }

  static Outcome notAllowed(String allow) {
    return new Outcome(405, null, allow);
  }

  static Outcome error(int status) {
    return new Outcome(status, null, null);
  }

  @Override
  public String toString() {
    if (status == 200) {
      return "200 " + body;
    }
    return allow == null ? String.valueOf(status) : status + " (Allow: " + allow + ")";
  }
}
