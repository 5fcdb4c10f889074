package dev.lift.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AWS samples in shared/events decode into the request a route would expect. */
class HttpEventDecoderSamplesTest {

  static Request decode(String sample) throws IOException {
    return HttpEvents.decode(
        new ByteArrayInputStream(Events.bytes(sample)), LiftConfig.defaults());
  }

  @Test
  void httpApiEvent() throws IOException {
    Request request = decode("apigw_http_event.json");

    assertEquals(EventKind.API_GATEWAY_V2, request.kind());
    assertEquals("POST", request.method());
    assertEquals("/my/path", request.path());
    assertEquals("value1", request.header("HEADER1"));
    assertEquals(List.of("value1,value2"), request.headers().all("header2"), "2.0 headers are never split on commas");
    assertEquals(List.of("value1", "value2"), request.query().all("parameter1"), "values in order from rawQueryString");
    assertEquals(List.of("value"), request.query().all("parameter2"));
    assertEquals(List.of("cookie1", "cookie2"), request.cookies());
    assertEquals("Hello from Lambda!!", request.bodyText());
    assertEquals("id", request.requestContextId());
    assertEquals("$default", request.stage());
    assertEquals("IP", request.sourceIp());
  }

  @Test
  void restApiEventUsesTheMultiValueMaps() throws IOException {
    Request request = decode("apigw_rest_event.json");

    assertEquals(EventKind.API_GATEWAY_V1, request.kind());
    assertEquals("GET", request.method());
    assertEquals("/my/path", request.path());
    assertEquals(List.of("value1"), request.headers().all("Header1"));
    assertEquals(List.of("value1", "value2"), request.headers().all("header2"));
    assertEquals(List.of("value1,value2"), request.headers().all("Header3"));
    assertEquals(List.of("value1"), request.query().all("parameter1"));
    assertEquals(List.of("value1", "value2"), request.query().all("parameter2"));
    assertEquals(List.of(), request.cookies());
    assertEquals("Hello from Lambda!", request.bodyText());
    assertEquals("id=", request.requestContextId());
    assertEquals("IP", request.sourceIp());
  }

  @Test
  void restApiEventClaimingBase64ForPlainTextAnswers400() {
    // shared/events/README.md says this sample has isBase64Encoded true with a plain body; the
    // file itself says false. Either way, a body that claims base64 and is not answers 400.
    String claimed = Events.text("apigw_rest_event.json")
        .replace("\"isBase64Encoded\": false", "\"isBase64Encoded\": true");
    MalformedEventException e = assertThrows(MalformedEventException.class, () ->
        HttpEvents.decode(
            new ByteArrayInputStream(claimed.getBytes(StandardCharsets.UTF_8)), LiftConfig.defaults()));

    assertEquals(400, e.status());
    assertEquals("Request body is not valid base64", e.getMessage());
    assertEquals(EventKind.API_GATEWAY_V1, e.kind());
  }

  @Test
  void restApiEventWithSingleValueMaps() throws IOException {
    Request request = decode("apigw_v1_alt_apigw_event.json");

    assertEquals(EventKind.API_GATEWAY_V1, request.kind());
    assertEquals("POST", request.method());
    assertEquals("/path/to/resource", request.path(), "the path without the stage");
    assertEquals("bar", request.query().first("foo"));
    assertEquals(List.of("127.0.0.1, 127.0.0.2"), request.headers().all("x-forwarded-for"));
    assertEquals("Custom User Agent String", request.header("user-agent"));
    assertEquals("{\"message\": \"Lambda rocks\"}", request.bodyText());
    assertEquals("prod", request.stage());
    assertEquals("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", request.requestContextId());
    assertEquals("127.0.0.1", request.sourceIp());
  }

  @Test
  void restApiEventWithEmptyBody() throws IOException {
    Request request = decode("apigw_v1_alt_apigw_event_nobody.json");

    assertEquals("POST", request.method());
    assertTrue(request.hasBody(), "an empty string is a body");
    assertEquals(0, request.body().length);
  }

  @Test
  void albEvent() throws IOException {
    Request request = decode("elb_event.json");

    assertEquals(EventKind.ALB, request.kind());
    assertEquals("GET", request.method());
    assertEquals("/", request.path());
    assertEquals(0, request.segmentCount());
    assertTrue(request.query().isEmpty());
    assertEquals("keep-alive", request.header("Connection"));
    assertEquals(List.of("name=value"), request.cookies());
    assertEquals("value", request.cookie("name"));
    assertEquals("Root=1-5bdb40ca-556d8b0c50dc66f0511bf520", request.traceHeader());
    assertEquals("192.0.2.1", request.sourceIp());
    assertNull(request.requestContextId());
    assertNull(request.stage());
    assertEquals("Hello from ELB", request.bodyText());
    assertFalse(request.headers().contains("x-missing"));
  }
}
