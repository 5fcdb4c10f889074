package dev.lift.runtime.bind;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.util.Optional;

/**
 * Binds {@code @Body} parameters. Text and bytes are never missing (an absent body is empty); a
 * JSON body is required unless the parameter is {@code Optional}, which is empty for an absent or
 * empty body and for JSON {@code null}. A required body that is JSON {@code null} answers 400.
 */
public final class Bodies {
  private Bodies() {}

  public static String text(Request request) {
    return request.bodyText();
  }

  public static Optional<String> optionalText(Request request) {
    return isEmpty(request) ? Optional.empty() : Optional.of(request.bodyText());
  }

  public static byte[] bytes(Request request) {
    return request.body();
  }

  public static Optional<byte[]> optionalBytes(Request request) {
    return isEmpty(request) ? Optional.empty() : Optional.of(request.body());
  }

  public static <T> T json(Request request, JsonCodec<T> codec) {
    if (isEmpty(request)) {
      throw LiftError.badRequest("Request body is required: send a JSON value");
    }
    T value = Json.read(request.body(), codec);
    if (value == null) {
      throw LiftError.badRequest("Request body is JSON null; a value is required");
    }
    return value;
  }

  public static <T> Optional<T> optionalJson(Request request, JsonCodec<T> codec) {
    return isEmpty(request) ? Optional.empty() : Optional.ofNullable(Json.read(request.body(), codec));
  }

  private static boolean isEmpty(Request request) {
    return !request.hasBody() || request.body().length == 0;
  }
}
