package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.LiftRuntime;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.app.ReturnRoutes;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code @Body} parameters: JSON, bytes and text, base64 bodies, bad bodies and the size limit. */
class RequestBodyTest {
  private static final String ITEM = "{\"name\":\"bolt\",\"quantity\":4}";

  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void jsonBodyIsReadIntoTheRecord() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body(ITEM));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("bolt!", reply.json().get("name").asText());
    assertEquals(8, reply.json().get("quantity").asInt());
  }

  @Test
  void base64JsonBodyIsDecodedBeforeReading() {
    Reply reply = invoke(HttpEvent.v1("POST", "/body/json").body(ITEM.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("bolt!", reply.json().get("name").asText());
  }

  @Test
  void malformedJsonBodyAnswers400() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body("{\"name\": \"bolt\", "));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().contains("JSON"), error::toString);
  }

  @Test
  void jsonFieldOfTheWrongTypeAnswers400WithItsPath() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body("{\"name\":\"bolt\",\"quantity\":\"many\"}"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertEquals("$.quantity", error.get("details").get("path").asText(), error::toString);
    assertTrue(error.get("message").asText().contains("$.quantity"), error::toString);
  }

  @Test
  void jsonMessageNeverNamesJavaTypes() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body("{\"name\":\"bolt\",\"quantity\":\"many\"}"));
    String body = reply.body();
    assertTrue(!body.contains("dev.lift") && !body.contains("java.") && !body.contains("Item"), body);
  }

  @Test
  void emptyJsonBodyAnswers400() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body(""));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().toLowerCase().contains("body"), error::toString);
  }

  @Test
  void absentJsonBodyAnswers400() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json"));
    assertError(reply, 400, "BAD_REQUEST");
  }

  @Test
  void contentAfterTheJsonValueAnswers400() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/json").body(ITEM + " {}"));
    assertError(reply, 400, "BAD_REQUEST");
  }

  @Test
  void optionalJsonBodyIsEmptyWhenNoneIsSent() {
    assertEquals("no item", invoke(HttpEvent.v2("POST", "/body/optional-json")).body());
    assertEquals("no item", invoke(HttpEvent.v2("POST", "/body/optional-json").body("")).body());
    assertEquals("item bolt", invoke(HttpEvent.v2("POST", "/body/optional-json").body(ITEM)).body());
  }

  @Test
  void base64BodyIsDecodedForAByteArrayParameter() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/bytes").body(ReturnRoutes.BINARY));
    assertEquals("7 bytes: 00010280feff0a", reply.body());
  }

  @Test
  void base64BodyIsDecodedForAByteArrayParameterInEveryEventShape() {
    for (HttpEvent.Kind kind : HttpEvent.Kind.values()) {
      Reply reply = invoke(HttpEvent.of(kind, "POST", "/body/bytes").body(ReturnRoutes.BINARY));
      assertEquals("7 bytes: 00010280feff0a", reply.body(), kind::toString);
    }
  }

  @Test
  void textBodyIsReadAsUtf8Bytes() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/bytes").body("é"));
    assertEquals("2 bytes: c3a9", reply.body());
  }

  @Test
  void base64TextBodyIsDecodedForAStringParameter() {
    Reply reply = invoke(HttpEvent.alb("POST", "/body/text").body("héllo".getBytes(StandardCharsets.UTF_8)));
    assertEquals("5 chars", reply.body());
  }

  @Test
  void bodyClaimingBase64ThatIsNotAnswers400() {
    Reply reply = invoke(HttpEvent.v2("POST", "/body/bytes").rawBody("not base64!", true));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().contains("base64"), error::toString);
  }

  /** The generated handler reads {@code LIFT_MAX_BODY_BYTES}, set by this module's build. */
  @Test
  void bodyOverTheConfiguredLimitAnswers413() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    Reply reply = invoke(HttpEvent.v2("POST", "/body/text").body("x".repeat(limit + 1)));
    JsonNode error = assertError(reply, 413, "PAYLOAD_TOO_LARGE");
    assertTrue(error.get("message").asText().contains(String.valueOf(limit)), error::toString);
  }

  @Test
  void bodyAtTheConfiguredLimitIsAccepted() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    Reply reply = invoke(HttpEvent.v2("POST", "/body/text").body("x".repeat(limit)));
    assertEquals(200, reply.status(), () -> reply.toString().substring(0, 200));
    assertEquals(limit + " chars", reply.body());
  }

  @Test
  void base64BodyOverTheLimitOnceDecodedAnswers413() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    Reply reply = invoke(HttpEvent.v1("POST", "/body/bytes").body(new byte[limit + 1]));
    assertError(reply, 413, "PAYLOAD_TOO_LARGE");
    assertTrue(reply.has("multiValueHeaders"), "answered in the event's shape");
  }

  @Test
  void multiByteTextBodyIsMeasuredInBytes() {
    int limit = LiftConfig.fromEnvironment().maxBodyBytes();
    // limit / 2 + 1 two-byte characters: fewer chars than the limit, more bytes.
    Reply reply = invoke(HttpEvent.v2("POST", "/body/text").body("é".repeat(limit / 2 + 1)));
    assertError(reply, 413, "PAYLOAD_TOO_LARGE");
  }

  /** The generated class is a runtime whose dispatch another runtime, with any limit, can call. */
  @Test
  void generatedDispatcherServedWithAnExplicitLimitAnswers413() {
    LiftTestApi app = new LiftTestApi();
    LiftRuntime runtime = new LiftRuntime(app::dispatch, new LiftConfig(8));
    assertEquals("8 chars", Lambda.invoke(runtime::handle, HttpEvent.v2("POST", "/body/text").body("12345678")).body());
    Reply reply = Lambda.invoke(runtime::handle, HttpEvent.alb("POST", "/body/text").body("123456789"));
    assertError(reply, 413, "PAYLOAD_TOO_LARGE");
    assertEquals("413 Payload Too Large", reply.root().get("statusDescription").asText());
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
