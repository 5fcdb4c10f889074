package dev.lift.runtime.events;

/**
 * What a WebSocket handler answers, written in API Gateway's shape
 * ({@code {"statusCode":200,"body":"..."}}); {@code body} may be {@code null}.
 */
public record WebSocketResponse(int statusCode, String body) {
  private static final WebSocketResponse OK = new WebSocketResponse(200, null);

  /** 200 without a body. */
  public static WebSocketResponse ok() {
    return OK;
  }

  /** 200 with a body ({@code null}: none). */
  public static WebSocketResponse ok(String body) {
    return body == null ? OK : new WebSocketResponse(200, body);
  }
}
