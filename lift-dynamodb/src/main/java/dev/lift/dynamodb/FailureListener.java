package dev.lift.dynamodb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Hears about DynamoDB calls that failed (unreachable, throttled, timed out) and what Lift did
 * instead. The default, {@link #log()}, writes one JSON line on standard error; the middleware of
 * this module also count each failure in the request's metrics ({@code RateLimiterErrors},
 * {@code IdempotencyErrors}).
 */
@FunctionalInterface
public interface FailureListener {
  /**
   * @param component what failed, for example {@code "rate-limiter api"} or {@code "idempotency"}
   * @param outcome what Lift did about it, for example {@code "allowed the request (fail open)"}
   * @param error the SDK's exception
   */
  void onFailure(String component, String outcome, Exception error);

  /** One JSON line per failure on standard error: {@code {"level":"WARN","message":...,"component":...,"outcome":...,"error":...}}. */
  static FailureListener log() {
    return Logged.INSTANCE;
  }

  /** The JSON-line logger behind {@link #log()}. */
  final class Logged implements FailureListener {
    private static final Logged INSTANCE = new Logged();

    private Logged() {}

    @Override
    public void onFailure(String component, String outcome, Exception error) {
      PrintStream err = System.err;
      err.println(line(component, outcome, error));
      err.flush();
    }

    static String line(String component, String outcome, Exception error) {
      SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("level", "WARN");
        json.writeStringField("message", "DynamoDB call failed in " + component);
        json.writeStringField("component", component);
        json.writeStringField("outcome", outcome);
        json.writeStringField("error", String.valueOf(error));
        json.writeEndObject();
        json.close();
        return text.getAndClear();
      } catch (IOException e) {
        return "{\"level\":\"WARN\",\"message\":\"DynamoDB call failed\"}";
      }
    }
  }
}
