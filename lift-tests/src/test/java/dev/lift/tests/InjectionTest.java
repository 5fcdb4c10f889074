package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.support.TestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code Request} and {@code Context} parameters receive the invocation's own objects. */
class InjectionTest {
  private final LiftTestApi handler = new LiftTestApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void requestAndContextAreInjected(HttpEvent.Kind kind) {
    TestContext context = new TestContext("injected-" + kind);
    Reply reply = Lambda.invoke(handler, HttpEvent.of(kind, "PATCH", "/bind/injected/a/b").json(), context);

    assertEquals(200, reply.status(), reply::toString);
    JsonNode injected = reply.json();
    String expectedKind = kind == HttpEvent.Kind.FUNCTION_URL ? "API_GATEWAY_V2" : kind.name();
    assertEquals(expectedKind, injected.get("kind").asText());
    assertEquals("PATCH", injected.get("method").asText());
    assertEquals("/bind/injected/a/b", injected.get("path").asText());
    assertEquals("injected-" + kind, injected.get("requestId").asText());
    assertEquals(TestContext.FUNCTION_NAME, injected.get("functionName").asText());
    assertEquals(30_000, injected.get("remainingMillis").asInt());
  }
}
