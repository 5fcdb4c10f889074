package dev.lift.runtime.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Request;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One built event per decoding rule. */
class HttpEventDecoderRulesTest {

  static Request decode(String event) throws IOException {
    return decode(event, LiftConfig.defaults());
  }

  static Request decode(String event, LiftConfig config) throws IOException {
    return HttpEvents.decode(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), config);
  }

  static MalformedEventException rejected(String event) {
    return assertThrows(MalformedEventException.class, () -> decode(event));
  }

  /** An HTTP API event; {@code extra} is spliced in as more top-level fields. */
  static String httpApi(String rawPath, String stage, String extra) {
    return "{\"version\":\"2.0\",\"rawPath\":\"" + rawPath + "\","
        + "\"requestContext\":{\"stage\":\"" + stage + "\",\"requestId\":\"r-1\","
        + "\"http\":{\"method\":\"GET\",\"sourceIp\":\"203.0.113.9\"}}"
        + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String httpApi(String extra) {
    return httpApi("/items", "$default", extra);
  }

  static String alb(String extra) {
    return "{\"requestContext\":{\"elb\":{\"targetGroupArn\":\"arn:aws:elasticloadbalancing:tg\"}},"
        + "\"httpMethod\":\"GET\",\"path\":\"/items\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String restApi(String extra) {
    return "{\"version\":\"1.0\",\"httpMethod\":\"GET\",\"path\":\"/items\""
        + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  @Nested
  class StagePrefix {
    @ParameterizedTest
    @CsvSource({
      "/prod/users/7, prod, /users/7",
      "/prod, prod, /",
      "/prod/, prod, /",
      "/production/x, prod, /production/x",
      "/users/prod, prod, /users/prod",
      "/prod/users, $default, /prod/users",
    })
    void namedStageIsRemovedFromTheFrontOfRawPath(String rawPath, String stage, String expected)
        throws IOException {
      assertEquals(expected, decode(httpApi(rawPath, stage, "")).path());
    }

    @Test
    void restApiPathIsNeverStripped() throws IOException {
      Request request = decode(restApi("\"requestContext\":{\"stage\":\"items\"}"));

      assertEquals("/items", request.path());
      assertEquals("items", request.stage());
    }
  }

  @Nested
  class Body {
    @Test
    void base64BodyIsDecoded() throws IOException {
      byte[] bytes = {0, (byte) 0xff, 10, 'a'};
      Request request = decode(httpApi(
          "\"body\":\"" + Base64.getEncoder().encodeToString(bytes) + "\",\"isBase64Encoded\":true"));

      assertArrayEquals(bytes, request.body());
    }

    @Test
    void textBodyBecomesUtf8() throws IOException {
      Request request = decode(httpApi("\"body\":\"h\\u00e9llo \\ud83d\\ude00\""));

      assertEquals("héllo 😀", request.bodyText());
      assertEquals(11, request.body().length);
    }

    @Test
    void invalidBase64Answers400InTheEventShape() {
      MalformedEventException e = rejected(alb("\"body\":\"not base64!\",\"isBase64Encoded\":true"));

      assertEquals(400, e.status());
      assertEquals("BAD_REQUEST", e.code());
      assertEquals("Request body is not valid base64", e.getMessage());
      assertEquals(EventKind.ALB, e.kind());
    }

    @Test
    void urlSafeBase64IsNotAccepted() {
      assertEquals("Request body is not valid base64",
          rejected(httpApi("\"body\":\"-_-_\",\"isBase64Encoded\":true")).getMessage());
    }

    @Test
    void bodyAtTheLimitIsAccepted() throws IOException {
      Request request = decode(httpApi("\"body\":\"0123456789\""), new LiftConfig(10));

      assertEquals("0123456789", request.bodyText());
    }

    @Test
    void textBodyOverTheLimitAnswers413NamingIt() {
      EventTooLargeException e = assertThrows(EventTooLargeException.class,
          () -> decode(httpApi("\"body\":\"0123456789A\""), new LiftConfig(10)));

      assertEquals(413, e.status());
      assertEquals("PAYLOAD_TOO_LARGE", e.code());
      assertEquals("Request body is larger than the limit of 10 bytes", e.getMessage());
      assertEquals(EventKind.API_GATEWAY_V2, e.kind());
    }

    @Test
    void limitCountsUtf8Bytes() {
      // 6 characters, 12 bytes.
      assertThrows(EventTooLargeException.class,
          () -> decode(httpApi("\"body\":\"éééééé\""), new LiftConfig(10)));
    }

    @Test
    void limitCountsDecodedBase64Bytes() throws IOException {
      String elevenBytes = Base64.getEncoder().encodeToString(new byte[11]);
      String tenBytes = Base64.getEncoder().encodeToString(new byte[10]);

      assertThrows(EventTooLargeException.class, () -> decode(
          restApi("\"body\":\"" + elevenBytes + "\",\"isBase64Encoded\":true"), new LiftConfig(10)));
      assertEquals(10, decode(restApi("\"body\":\"" + tenBytes + "\",\"isBase64Encoded\":true"),
          new LiftConfig(10)).body().length);
    }

    @Test
    void nullOrAbsentBodyIsNoBody() throws IOException {
      assertFalse(decode(httpApi("\"body\":null,\"isBase64Encoded\":null")).hasBody());
      assertFalse(decode(httpApi("")).hasBody());
    }
  }

  @Nested
  class Query {
    @Test
    void rawQueryStringIsSplitAndDecodedKeepingEveryValue() throws IOException {
      Request request = decode(httpApi(
          "\"rawQueryString\":\"a=1&a=2&b=x%2By+z&c&d=1,2&&caf%C3%A9=%E2%82%AC\","
              + "\"queryStringParameters\":{\"a\":\"1,2\",\"ignored\":\"yes\"}"));

      assertEquals(List.of("1", "2"), request.query().all("a"));
      assertEquals("x+y z", request.query().first("b"));
      assertEquals("", request.query().first("c"));
      assertEquals(List.of("1,2"), request.query().all("d"));
      assertEquals("€", request.query().first("café"));
      assertNull(request.query().first("ignored"), "queryStringParameters is not read when rawQueryString is there");
    }

    @Test
    void httpApiFallsBackToQueryStringParametersWithoutRawQueryString() throws IOException {
      Request request = decode(httpApi("\"queryStringParameters\":{\"a\":\"1,2\"}"));

      assertEquals(List.of("1,2"), request.query().all("a"));
    }

    @Test
    void emptyRawQueryStringHasNoParameters() throws IOException {
      assertTrue(decode(httpApi("\"rawQueryString\":\"\"")).query().isEmpty());
    }

    @Test
    void badPercentEscapeAnswers400() {
      MalformedEventException e = rejected(httpApi("\"rawQueryString\":\"q=%zz\""));

      assertEquals(400, e.status());
      assertTrue(e.getMessage().startsWith("Invalid query string: Invalid percent-encoding"), e.getMessage());
      assertEquals(EventKind.API_GATEWAY_V2, e.kind());
    }

    @Test
    void restApiParametersAreAlreadyDecoded() throws IOException {
      Request request = decode(restApi(
          "\"queryStringParameters\":{\"q\":\"a%20b+c\"},"
              + "\"multiValueQueryStringParameters\":{\"q\":[\"a%20b+c\",\"d\"]}"));

      assertEquals(List.of("a%20b+c", "d"), request.query().all("q"));
    }

    @Test
    void albDecodesNamesAndValues() throws IOException {
      Request request = decode(alb(
          "\"queryStringParameters\":{\"q\":\"a%20b+c\",\"na%6De\":\"x%26y\"}"));

      assertEquals(EventKind.ALB, request.kind());
      assertEquals("a b c", request.query().first("q"));
      assertEquals("x&y", request.query().first("name"));
    }

    @Test
    void albMultiValueDecodesEveryValue() throws IOException {
      Request request = decode(alb(
          "\"multiValueQueryStringParameters\":{\"tag\":[\"a+1\",\"b%2C2\"]},\"multiValueHeaders\":{}"));

      assertEquals(EventKind.ALB_MULTI_VALUE, request.kind());
      assertEquals(List.of("a 1", "b,2"), request.query().all("tag"));
    }

    @Test
    void albBadEscapeAnswers400() {
      assertEquals(EventKind.ALB, rejected(alb("\"queryStringParameters\":{\"q\":\"100%\"}")).kind());
    }
  }

  @Nested
  class Headers {
    @Test
    void albWithMultiValueHeadersIsTheMultiValueShape() throws IOException {
      Request request = decode(alb(
          "\"multiValueHeaders\":{\"Accept\":[\"text/html\",\"application/json\"],"
              + "\"X-Forwarded-For\":[\"198.51.100.1, 10.0.0.1\"]},"
              + "\"multiValueQueryStringParameters\":{}"));

      assertEquals(EventKind.ALB_MULTI_VALUE, request.kind());
      assertEquals(List.of("text/html", "application/json"), request.headers().all("accept"));
      assertEquals("198.51.100.1", request.sourceIp());
    }

    @Test
    void albWithOnlyMultiValueQueryIsTheMultiValueShape() throws IOException {
      assertEquals(EventKind.ALB_MULTI_VALUE,
          decode(alb("\"multiValueQueryStringParameters\":{\"a\":[\"1\"]}")).kind());
    }

    @Test
    void albWithNullMultiValueMapsIsTheSingleValueShape() throws IOException {
      Request request = decode(alb(
          "\"multiValueHeaders\":null,\"multiValueQueryStringParameters\":null,"
              + "\"headers\":{\"accept\":\"text/html\"}"));

      assertEquals(EventKind.ALB, request.kind());
      assertEquals("text/html", request.header("Accept"));
      assertNull(request.sourceIp());
    }

    @Test
    void restApiPrefersMultiValueHeaders() throws IOException {
      Request request = decode(restApi(
          "\"headers\":{\"Accept\":\"b\"},\"multiValueHeaders\":{\"Accept\":[\"a\",\"b\"]}"));

      assertEquals(List.of("a", "b"), request.headers().all("accept"));
    }

    @Test
    void httpApiHeaderValuesAreKeptAsSent() throws IOException {
      Request request = decode(httpApi("\"headers\":{\"accept\":\"a, b\",\"x-empty\":\"\"}"));

      assertEquals(List.of("a, b"), request.headers().all("Accept"));
      assertEquals("", request.header("X-Empty"));
    }
  }

  @Nested
  class Cookies {
    @Test
    void httpApiCookiesComeFromTheArrayAndAnyCookieHeader() throws IOException {
      Request request = decode(httpApi(
          "\"cookies\":[\"a=1\",null,\"b=2\"],\"headers\":{\"Cookie\":\"c=3; d=4;\"}"));

      assertEquals(List.of("a=1", "b=2", "c=3", "d=4"), request.cookies());
      assertEquals("4", request.cookie("d"));
    }

    @Test
    void restApiCookiesComeFromEveryCookieHeader() throws IOException {
      Request request = decode(restApi(
          "\"multiValueHeaders\":{\"cookie\":[\"a=1;b=2\",\" c=3 \"]}"));

      assertEquals(List.of("a=1", "b=2", "c=3"), request.cookies());
    }

    @Test
    void noCookieHeaderNoCookies() throws IOException {
      assertEquals(List.of(), decode(alb("")).cookies());
    }
  }

  @Nested
  class Tolerance {
    @Test
    void nullsEverywhereMeanAbsent() throws IOException {
      Request request = decode(
          "{\"version\":null,\"httpMethod\":\"DELETE\",\"path\":\"/items/1\",\"headers\":null,"
              + "\"multiValueHeaders\":null,\"queryStringParameters\":null,"
              + "\"multiValueQueryStringParameters\":null,\"pathParameters\":null,"
              + "\"stageVariables\":null,\"requestContext\":null,\"body\":null,"
              + "\"isBase64Encoded\":null,\"cookies\":null}");

      assertEquals(EventKind.API_GATEWAY_V1, request.kind());
      assertEquals("DELETE", request.method());
      assertTrue(request.headers().isEmpty());
      assertTrue(request.query().isEmpty());
      assertFalse(request.hasBody());
      assertNull(request.requestContextId());
    }

    @Test
    void nullEntriesInsideMapsAreDropped() throws IOException {
      Request request = decode(restApi(
          "\"multiValueHeaders\":{\"a\":null,\"b\":[null,\"2\"]},\"headers\":{\"c\":null},"
              + "\"multiValueQueryStringParameters\":{\"q\":null}"));

      assertEquals(List.of("2"), request.headers().all("b"));
      assertFalse(request.headers().contains("a"));
      assertTrue(request.query().isEmpty());
    }

    @Test
    void fieldsMayComeInAnyOrder() throws IOException {
      Request request = decode(
          "{\"body\":\"x\",\"multiValueHeaders\":{\"h\":[\"1\",\"2\"]},\"path\":\"/a\","
              + "\"unknown\":{\"deep\":[1,{\"x\":null}]},\"httpMethod\":\"PUT\","
              + "\"requestContext\":{\"other\":[true],\"elb\":{\"targetGroupArn\":\"t\"}}}");

      assertEquals(EventKind.ALB_MULTI_VALUE, request.kind());
      assertEquals("PUT", request.method());
      assertEquals(List.of("1", "2"), request.headers().all("H"));
    }

    @Test
    void versionMayComeLast() throws IOException {
      Request request = decode(
          "{\"rawPath\":\"/v2\",\"requestContext\":{\"http\":{\"method\":\"PATCH\"}},\"version\":\"2.0\"}");

      assertEquals(EventKind.API_GATEWAY_V2, request.kind());
      assertEquals("PATCH", request.method());
    }
  }

  @Nested
  class Malformed {
    @Test
    void truncatedJsonAnswers400InTheShapeSeenSoFar() {
      String event = httpApi("\"body\":\"hello\"");
      MalformedEventException e = rejected(event.substring(0, event.length() - 10));

      assertEquals(400, e.status());
      assertTrue(e.getMessage().startsWith("The event JSON is truncated"), e.getMessage());
      assertEquals(EventKind.API_GATEWAY_V2, e.kind());
    }

    @Test
    void brokenJsonBeforeAnyShapeIsKnownHasNoKind() {
      MalformedEventException e = rejected("{\"headers\": {\"a\": tru}}");

      assertEquals("The event is not valid JSON at line 1, column 19", e.getMessage());
      assertEquals(EventKind.UNKNOWN, e.kind());
    }

    @Test
    void contentAfterTheEventAnswers400() {
      assertEquals("The event has content after its JSON object",
          rejected(restApi("") + " {}").getMessage());
    }

    @Test
    void nestingTooDeepAnswers400() {
      String deep = "[".repeat(1100) + "]".repeat(1100); // past jackson's depth of 1000 (Json.FACTORY)
      assertTrue(rejected(restApi("\"x\":" + deep)).getMessage()
          .startsWith("The event JSON is nested too deeply"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "\"headers\": 5 | Event field 'headers' must be an object, got a JSON number",
      "\"body\": {} | Event field 'body' must be a string, got a JSON object",
      "\"isBase64Encoded\": \"yes\" | Event field 'isBase64Encoded' must be true or false, got a JSON string",
      "\"headers\": {\"Accept\": [\"a\"]} | Event field 'headers.Accept' must be a string, got a JSON array",
      "\"multiValueHeaders\": {\"Accept\": \"a\"} | Event field 'multiValueHeaders.Accept' must be an array of strings, got a JSON string",
      "\"cookies\": \"a=1\" | Event field 'cookies' must be an array of strings, got a JSON string",
      "\"requestContext\": [] | Event field 'requestContext' must be an object, got a JSON array",
    })
    void wrongTypesAnswer400NamingTheField(String field, String message) {
      MalformedEventException e = rejected(restApi(field));

      assertEquals(400, e.status());
      assertEquals(message, e.getMessage());
      assertEquals(EventKind.API_GATEWAY_V1, e.kind());
    }

    @Test
    void missingMethodAnswers400() {
      MalformedEventException e = rejected("{\"version\":\"2.0\",\"rawPath\":\"/x\"}");

      assertEquals("The event has no requestContext.http.method", e.getMessage());
      assertEquals(EventKind.API_GATEWAY_V2, e.kind());
    }

    @Test
    void missingPathAnswers400() {
      assertEquals("The event has no path",
          rejected("{\"httpMethod\":\"GET\",\"headers\":{}}").getMessage());
      assertEquals("The event has no rawPath",
          rejected("{\"version\":\"2.0\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}").getMessage());
    }

    @Test
    void httpLookingEventWithoutMethodOrVersionAnswers400WithoutKind() {
      MalformedEventException e = rejected("{\"path\":\"/x\",\"headers\":{\"a\":\"b\"}}");

      assertTrue(e.getMessage().startsWith("The event has no httpMethod"), e.getMessage());
      assertEquals(EventKind.UNKNOWN, e.kind());
    }

    @Test
    void unsupportedVersionAnswers400() {
      MalformedEventException e = rejected("{\"version\":\"3.0\",\"httpMethod\":\"GET\",\"path\":\"/\"}");

      assertEquals("Unsupported event payload version '3.0'; Lift reads API Gateway payload versions"
          + " 1.0 and 2.0", e.getMessage());
      assertEquals(EventKind.UNKNOWN, e.kind());
    }

    @Test
    void invalidUtf8Answers400() {
      byte[] event = restApi("\"body\":\"\u0001\"").getBytes(StandardCharsets.UTF_8);
      event[event.length - 3] = (byte) 0xC3; // a lead byte followed by a quote
      assertThrows(MalformedEventException.class, () ->
          HttpEvents.decode(new ByteArrayInputStream(event), LiftConfig.defaults()));
    }
  }
}
