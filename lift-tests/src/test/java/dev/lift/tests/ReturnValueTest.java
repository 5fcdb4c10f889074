package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.app.ReturnRoutes;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each kind of return value sends back. */
class ReturnValueTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void recordAnswers200WithJson() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/record"));
    assertEquals(200, reply.status());
    assertEquals("application/json", reply.header("Content-Type"));
    assertFalse(reply.base64());
    JsonNode item = reply.json();
    assertEquals("widget", item.get("name").asText());
    assertEquals(3, item.get("quantity").asInt());
    assertEquals(2, item.size(), item::toString);
  }

  @Test
  void stringAnswers200WithUtf8Text() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/text"));
    assertEquals(200, reply.status());
    assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
    assertEquals("plain text, café", reply.body());
    assertFalse(reply.base64());
  }

  @Test
  void nullStringAnswers204WithoutBody() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/null-text"));
    assertEquals(204, reply.status());
    assertNull(reply.body(), reply::toString);
  }

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void byteArrayAnswersABase64Body(HttpEvent.Kind kind) {
    Reply reply = invoke(HttpEvent.of(kind, "GET", "/ret/bytes"));
    assertEquals(200, reply.status());
    assertTrue(reply.base64(), reply::toString);
    assertEquals("application/octet-stream", reply.header("Content-Type"));
    assertArrayEquals(ReturnRoutes.BINARY, reply.bodyBytes());
  }

  @Test
  void voidAnswers204WithoutBody() {
    int before = ReturnRoutes.VOID_CALLS.get();
    Reply reply = invoke(HttpEvent.v2("POST", "/ret/void"));
    assertEquals(204, reply.status(), reply::toString);
    assertFalse(reply.has("body"), reply::toString);
    assertFalse(reply.base64());
    assertEquals(before + 1, ReturnRoutes.VOID_CALLS.get(), "the route ran");
  }

  @Test
  void voidAnswers204WithAnEmptyBodyForAlb() {
    Reply reply = invoke(HttpEvent.alb("POST", "/ret/void"));
    assertEquals(204, reply.status());
    assertEquals("204 No Content", reply.root().get("statusDescription").asText());
    assertEquals("", reply.body());
  }

  @Test
  void responseSendsItsStatusHeadersAndJsonBody() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response"));
    assertEquals(201, reply.status());
    assertEquals("/items/1", reply.header("Location"));
    assertEquals("application/json", reply.header("Content-Type"));
    assertEquals("created", reply.json().get("name").asText());
  }

  @Test
  void responseCookiesGoToTheHttpApiCookiesArray() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response"));
    assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly", "c=3; Secure"), reply.setCookies());
    assertTrue(reply.has("cookies"));
    assertNull(reply.header("Set-Cookie"), "not among the 2.0 headers: " + reply);
    assertEquals("a,b", reply.header("X-Multi"), "2.0 headers are single-valued: joined");
  }

  @Test
  void responseCookiesGoToTheFunctionUrlCookiesArray() {
    Reply reply = invoke(HttpEvent.functionUrl("GET", "/ret/response"));
    assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly", "c=3; Secure"), reply.setCookies());
    assertTrue(reply.has("cookies"));
  }

  @Test
  void responseCookiesGoToRestApiMultiValueSetCookie() {
    Reply reply = invoke(HttpEvent.v1("GET", "/ret/response"));
    JsonNode multi = reply.root().get("multiValueHeaders");
    assertEquals(3, multi.get("Set-Cookie").size(), reply::toString);
    assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly", "c=3; Secure"), reply.setCookies());
    assertEquals(List.of("a", "b"), reply.headerValues("X-Multi"));
    assertEquals("a", reply.header("X-Multi"), "the single-value map has the first value");
    assertFalse(reply.has("cookies"));
  }

  @Test
  void responseCookiesGoToAlbMultiValueSetCookie() {
    Reply reply = invoke(HttpEvent.albMultiValue("GET", "/ret/response"));
    assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly", "c=3; Secure"), reply.setCookies());
    assertEquals(List.of("a", "b"), reply.headerValues("X-Multi"));
    assertEquals("201 Created", reply.root().get("statusDescription").asText());
    assertFalse(reply.has("headers"), reply::toString);
  }

  @Test
  void responseCookiesGoToAlbSingleValueHeadersUnderDifferentCapitalisations() {
    Reply reply = invoke(HttpEvent.alb("GET", "/ret/response"));
    List<String> spellings = reply.headerSpellings("Set-Cookie");
    assertEquals(3, spellings.size(), reply::toString);
    assertEquals(3, spellings.stream().distinct().count(), "each cookie has its own spelling: " + spellings);
    assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly", "c=3; Secure"), reply.setCookies());
    assertEquals("a,b", reply.header("X-Multi"));
    assertFalse(reply.has("multiValueHeaders"));
  }

  @Test
  void setCookieAddedAsAHeaderIsSentAsACookie() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response/set-cookie-header"));
    assertEquals(List.of("h1=1", "h2=2"), reply.setCookies());
  }

  @Test
  void textResponseKeepsItsStatusAndHeaders() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response/text"));
    assertEquals(202, reply.status());
    assertEquals("accepted", reply.body());
    assertEquals("no-store", reply.header("Cache-Control"));
    assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
  }

  @Test
  void binaryResponseKeepsItsOwnContentType() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response/bytes"));
    assertEquals(200, reply.status());
    assertEquals("image/png", reply.header("Content-Type"));
    assertArrayEquals(ReturnRoutes.BINARY, reply.bodyBytes());
  }

  @Test
  void voidResponseSendsStatusAndHeadersWithoutBody() {
    Reply reply = invoke(HttpEvent.v2("GET", "/ret/response/void"));
    assertEquals(202, reply.status());
    assertEquals("yes", reply.header("X-Done"));
    assertFalse(reply.has("body"), reply::toString);
  }

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void responseDocumentHasTheFieldsOfItsEventShape(HttpEvent.Kind kind) {
    Reply reply = invoke(HttpEvent.of(kind, "GET", "/ret/response"));
    List<String> expected;
    switch (kind) {
      case API_GATEWAY_V2:
      case FUNCTION_URL:
        expected = List.of("statusCode", "headers", "cookies", "body", "isBase64Encoded");
        break;
      case API_GATEWAY_V1:
        expected = List.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
        break;
      case ALB:
        expected = List.of("statusCode", "statusDescription", "headers", "body", "isBase64Encoded");
        break;
      default:
        expected = List.of("statusCode", "statusDescription", "multiValueHeaders", "body", "isBase64Encoded");
    }
    assertEquals(expected, List.copyOf(reply.fields()), reply::toString);
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
