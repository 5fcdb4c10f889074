package dev.lift.runtime.init;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.event.HttpEvents;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs Lift's own request path on synthetic events, without calling any route method or
 * middleware: decoding of every event shape, the generated matcher for every route, response and
 * error-body encoding. Before a SnapStart checkpoint this puts those classes, loaded and compiled,
 * into the snapshot.
 */
public final class Priming {
  private static final String[] EVENTS = {
    "{\"version\":\"2.0\",\"rawPath\":\"/prime/a%20b\",\"rawQueryString\":\"a=1&b=%32\",\"cookies\":[\"c=1\"],"
        + "\"headers\":{\"content-type\":\"application/json\",\"x-amzn-trace-id\":\"Root=1-0-0\"},"
        + "\"requestContext\":{\"requestId\":\"prime\",\"stage\":\"$default\","
        + "\"http\":{\"method\":\"POST\",\"path\":\"/prime/a\",\"sourceIp\":\"127.0.0.1\"}},"
        + "\"body\":\"eyJhIjoxfQ==\",\"isBase64Encoded\":true}",
    "{\"version\":\"1.0\",\"resource\":\"/prime\",\"path\":\"/prime/a\",\"httpMethod\":\"GET\","
        + "\"headers\":{\"Host\":\"x\"},\"multiValueHeaders\":{\"Host\":[\"x\"]},"
        + "\"queryStringParameters\":{\"a\":\"1\"},\"multiValueQueryStringParameters\":{\"a\":[\"1\"]},"
        + "\"requestContext\":{\"requestId\":\"prime\",\"stage\":\"prod\",\"identity\":{\"sourceIp\":\"127.0.0.1\"}},"
        + "\"body\":null,\"isBase64Encoded\":false}",
    "{\"requestContext\":{\"elb\":{\"targetGroupArn\":\"arn\"}},\"httpMethod\":\"GET\",\"path\":\"/prime\","
        + "\"queryStringParameters\":{\"a\":\"1\"},\"headers\":{\"cookie\":\"c=1\"},\"body\":\"\",\"isBase64Encoded\":false}",
    "{\"requestContext\":{\"elb\":{\"targetGroupArn\":\"arn\"}},\"httpMethod\":\"GET\",\"path\":\"/prime\","
        + "\"multiValueQueryStringParameters\":{\"a\":[\"1\"]},\"multiValueHeaders\":{\"cookie\":[\"c=1\"]},"
        + "\"body\":\"\",\"isBase64Encoded\":false}",
  };

  private Priming() {}

  public static void prime(LiftRuntime lifecycle) {
    try {
      for (String event : EVENTS) {
        Request request = HttpEvents.decode(
            new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), LiftConfig.DEFAULT_MAX_BODY_BYTES);
        request.segmentHash(0);
        // The HTTP API event's path and query have escapes, so that PercentDecoding is primed too.
        if (request.segmentCount() > 1) {
          request.decodedFrom(1);
        }
        request.query().first("b");
        request.header("content-type");
        encode(request.kind(), WireResponse.text("primed"));
        encode(request.kind(), ErrorResponses.of(LiftError.notFound("priming"), "prime", null));
      }
      lifecycle.primeRouting();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void encode(int kind, WireResponse response) throws IOException {
    HttpEvents.encode(kind, false, response, new ByteArrayOutputStream(256));
  }
}
