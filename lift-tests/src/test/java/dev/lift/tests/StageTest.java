package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import org.junit.jupiter.api.Test;

/**
 * An HTTP API called through the execute-api endpoint of a named stage sends the stage at the
 * front of {@code rawPath}; routes are declared without it.
 */
class StageTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void namedStagePrefixIsRemovedFromTheRawPath() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/prod/users/1").stage("prod"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("user 1 in stage prod", reply.body());
  }

  @Test
  void pathWithoutTheStagePrefixStillMatchesInANamedStage() {
    // A custom domain mapping sends the path without the stage.
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/users/1").stage("prod"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("user 1 in stage prod", reply.body());
  }

  @Test
  void defaultStageLeavesThePathUntouched() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/users/1").stage("$default"));
    assertEquals("user 1 in stage $default", reply.body());

    Reply prefixed = Lambda.invoke(handler, HttpEvent.v2("GET", "/$default/users/1").stage("$default"));
    assertError(prefixed, 404, "NOT_FOUND");
  }

  @Test
  void stageNameMustBeAWholeSegment() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/production/users/1").stage("prod"));
    assertError(reply, 404, "NOT_FOUND");
  }

  @Test
  void restApiPathNeverCarriesTheStage() {
    Reply reply = Lambda.invoke(handler, HttpEvent.v1("GET", "/users/1").stage("prod"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("user 1 in stage prod", reply.body());
  }
}
