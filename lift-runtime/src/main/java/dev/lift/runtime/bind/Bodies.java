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

  /** The same as {@link Json#body}, which generated dispatchers call. */
  public static <T> T json(Request request, JsonCodec<T> codec) {
    return Json.body(request, codec);
  }

  /** The same as {@link Json#optionalBody}, which generated dispatchers call. */
  public static <T> Optional<T> optionalJson(Request request, JsonCodec<T> codec) {
    return Json.optionalBody(request, codec);
  }

  private static boolean isEmpty(Request request) {
    return !request.hasBody() || request.body().length == 0;
  }
}
