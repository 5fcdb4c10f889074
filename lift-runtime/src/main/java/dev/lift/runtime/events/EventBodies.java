package dev.lift.runtime.events;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes the {@code @Body} of event handlers through the application's JSON codecs. */
public final class EventBodies {
  private EventBodies() {}

  /**
   * Reads {@code text} as JSON into a value; {@code what} names it in the error ("the body of SQS
   * message 059f36b4...").
   *
   * @throws UndecodableBodyException when it is empty, not JSON, or of another shape
   */
  public static <T> T json(String text, JsonCodec<T> codec, String what) {
    try {
      return Json.read(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), codec);
    } catch (RuntimeException e) {
      // Not catch (LiftError), nor a throw typed UndecodableBodyException: the verifier would load
      // those classes for every cold start of an event handler (see dev.lift.runtime.error.Failures).
      if (!(e instanceof LiftError)) {
        throw e;
      }
      // The codecs speak of the "Request body"; here it is the message body, the detail...
      String reason = e.getMessage().startsWith("Request body ")
          ? "it " + e.getMessage().substring("Request body ".length())
          : e.getMessage();
      throw UndecodableBodyException.of("Cannot decode " + what + ": " + reason, e);
    }
  }

  /** As {@link #json}, but an absent or blank text is empty. */
  public static <T> Optional<T> optionalJson(String text, JsonCodec<T> codec, String what) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(json(text, codec, what));
  }

  /** The text itself; an absent text is empty. */
  public static String text(String text) {
    return text == null ? "" : text;
  }

  public static Optional<String> optionalText(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A WebSocket answer of a value written as JSON. */
  public static <T> WebSocketResponse answerJson(T value, JsonCodec<T> codec) {
    return WebSocketResponse.ok(value == null ? null : Json.write(value, codec));
  }

  public static WebSocketResponse answerText(String text) {
    return WebSocketResponse.ok(text);
  }
}
