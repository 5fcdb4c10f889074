package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.support.SharedEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AWS HTTP event samples in {@code shared/events}, unchanged, through the generated handler:
 * each is routed, bound and answered in its own event shape.
 */
class SharedHttpEventsTest {
  private static final List<String> SAMPLE_COOKIES = List.of("seen=1; Path=/; HttpOnly", "visits=2; Max-Age=60");

  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void httpApiEventPostMyPathIsAnsweredInTheV2ShapeWithItsValuesBound() {
    Reply reply = Lambda.invoke(handler, SharedEvents.text("apigw_http_event.json"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("statusCode", "headers", "cookies", "body", "isBase64Encoded"),
        new ArrayList<>(reply.fields()));
    assertEquals(SAMPLE_COOKIES, reply.setCookies());
    assertFalse(reply.base64());
    assertEquals("application/json", reply.header("Content-Type"));

    JsonNode bound = reply.json();
    assertEquals("API_GATEWAY_V2", bound.get("kind").asText());
    assertEquals("POST", bound.get("method").asText());
    assertEquals("/my/path", bound.get("path").asText());
    assertEquals(List.of("value1", "value2"), strings(bound.get("parameter1")));
    assertEquals(List.of("value"), strings(bound.get("parameter2")));
    assertEquals("value1", bound.get("header1").asText());
    assertEquals(List.of("value1,value2"), strings(bound.get("header2")), "a 2.0 header is never split");
    assertEquals(List.of(), strings(bound.get("header3")));
    assertEquals(List.of("cookie1", "cookie2"), strings(bound.get("cookies")));
    assertEquals("Hello from Lambda!!", bound.get("body").asText());
    assertEquals(reply.requestId(), bound.get("requestId").asText());
    assertEquals("id", bound.get("apiGatewayRequestId").asText());
  }

  @Test
  void restApiEventGetMyPathIsAnsweredInTheV1ShapeWithMultiValueParametersBound() {
    Reply reply = Lambda.invoke(handler, SharedEvents.text("apigw_rest_event.json"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"),
        new ArrayList<>(reply.fields()));
    assertEquals(SAMPLE_COOKIES, reply.setCookies());
    assertEquals(List.of("application/json"), reply.headerValues("Content-Type"));

    JsonNode bound = reply.json();
    assertEquals("API_GATEWAY_V1", bound.get("kind").asText());
    assertEquals("GET", bound.get("method").asText());
    assertEquals("/my/path", bound.get("path").asText());
    assertEquals(List.of("value1"), strings(bound.get("parameter1")));
    assertEquals(List.of("value1", "value2"), strings(bound.get("parameter2")),
        "multiValueQueryStringParameters, in order");
    assertEquals("value1", bound.get("header1").asText());
    assertEquals(List.of("value1", "value2"), strings(bound.get("header2")), "multiValueHeaders, in order");
    assertEquals(List.of("value1,value2"), strings(bound.get("header3")), "one value, never split");
    assertEquals(List.of(), strings(bound.get("cookies")));
    assertEquals("Hello from Lambda!", bound.get("body").asText());
    assertEquals("id=", bound.get("apiGatewayRequestId").asText());
  }

  /**
   * The shared README says this sample has {@code isBase64Encoded: true} with a body that is not
   * base64; the file itself says {@code false} (see the test above). With the flag set, as the
   * README describes, the body cannot be decoded: 400 in the REST API shape.
   */
  @Test
  void restApiEventClaimingBase64ForANonBase64BodyAnswers400InTheV1Shape() {
    String event = SharedEvents.text("apigw_rest_event.json")
        .replace("\"isBase64Encoded\": false", "\"isBase64Encoded\": true");
    assertTrue(event.contains("\"isBase64Encoded\": true"), "the sample was changed");

    Reply reply = Lambda.invoke(handler, event);

    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().contains("base64"), error::toString);
    assertTrue(reply.has("multiValueHeaders"), reply::toString);
    assertFalse(reply.has("statusDescription"));
    assertFalse(reply.has("cookies"));
  }

  @Test
  void alternativeRestApiEventPostResourceBindsQueryHeadersAndJsonBody() {
    Reply reply = Lambda.invoke(handler, SharedEvents.text("apigw_v1_alt_apigw_event.json"));

    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.has("multiValueHeaders"));
    assertFalse(reply.has("cookies"));
    assertEquals(SAMPLE_COOKIES, reply.setCookies());

    JsonNode bound = reply.json();
    assertEquals("API_GATEWAY_V1", bound.get("kind").asText());
    assertEquals("bar", bound.get("foo").asText());
    assertEquals("Custom User Agent String", bound.get("userAgent").asText());
    assertEquals(List.of("127.0.0.1, 127.0.0.2"), strings(bound.get("forwardedFor")));
    assertEquals("Lambda rocks", bound.get("message").asText());
    assertEquals("prod", bound.get("stage").asText());
    assertEquals("127.0.0.1", bound.get("sourceIp").asText());
  }

  @Test
  void alternativeRestApiEventWithEmptyBodyBindsAnEmptyOptionalBody() {
    Reply reply = Lambda.invoke(handler, SharedEvents.text("apigw_v1_alt_apigw_event_nobody.json"));

    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.has("multiValueHeaders"));
    JsonNode bound = reply.json();
    assertTrue(bound.get("message").isNull(), bound::toString);
    assertEquals("bar", bound.get("foo").asText());
  }

  @Test
  void albEventGetRootIsAnsweredInTheAlbShapeWithCookieAndHeadersBound() {
    Reply reply = Lambda.invoke(handler, SharedEvents.text("elb_event.json"));

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("200 OK", reply.root().get("statusDescription").asText());
    assertFalse(reply.has("multiValueHeaders"), "the sample uses single-value headers");
    assertFalse(reply.has("cookies"));
    assertEquals(SAMPLE_COOKIES, reply.setCookies());
    assertEquals(2, reply.headerSpellings("Set-Cookie").size(), "one spelling per cookie");

    JsonNode bound = reply.json();
    assertEquals("ALB", bound.get("kind").asText());
    assertEquals("value", bound.get("cookie").asText(), "from the Cookie header");
    assertEquals("Root=1-5bdb40ca-556d8b0c50dc66f0511bf520", bound.get("traceHeader").asText());
    assertEquals("lambda-YYYYYYYY.elb.amazonaws.com", bound.get("host").asText());
    assertEquals("Hello from ELB", bound.get("body").asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
