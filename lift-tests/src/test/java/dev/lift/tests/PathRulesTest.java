package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import org.junit.jupiter.api.Test;

/** How a request path is cut into segments and how path variables are decoded. */
class PathRulesTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void oneTrailingSlashIsIgnored() {
    assertEquals("users", text("/path/users/"));
    assertEquals("users", text("/path/users"));
    assertEquals("user:7", text("/path/users/7/"));
  }

  @Test
  void emptySegmentMatchesNeitherLiteralNorVariable() {
    assertError(invoke("/path/users//x"), 404, "NOT_FOUND");
    assertError(invoke("/path//users"), 404, "NOT_FOUND");
  }

  @Test
  void percentEncodedSpaceIsDecodedInAVariable() {
    assertEquals("a b", text("/path/echo/a%20b"));
  }

  @Test
  void percentEncodedUtf8IsDecodedInAVariable() {
    assertEquals("café", text("/path/echo/caf%C3%A9"));
    assertEquals("😀", text("/path/echo/%F0%9F%98%80"));
  }

  @Test
  void encodedSlashStaysInsideItsVariable() {
    assertEquals("a/b", text("/path/echo/a%2Fb"));
    assertEquals("x of a/b", text("/path/users/a%2Fb/x"));
  }

  @Test
  void greedyVariableIsDecodedAcrossSegments() {
    assertEquals("dir one/file é.txt", text("/path/files/dir%20one/file%20%C3%A9.txt"));
  }

  @Test
  void plusStaysPlusInAPath() {
    assertEquals("a+b", text("/path/echo/a+b"));
  }

  @Test
  void lowerCaseHexEscapesAreDecoded() {
    assertEquals("é", text("/path/echo/%c3%a9"));
  }

  @Test
  void invalidPercentEscapeAnswers400() {
    assertError(invoke("/path/echo/%zz"), 400, "BAD_REQUEST");
  }

  @Test
  void truncatedPercentEscapeAnswers400() {
    assertError(invoke("/path/echo/abc%2"), 400, "BAD_REQUEST");
    assertError(invoke("/path/echo/abc%"), 400, "BAD_REQUEST");
  }

  @Test
  void incompleteUtf8SequenceAnswers400() {
    assertError(invoke("/path/echo/%C3"), 400, "BAD_REQUEST");
    assertError(invoke("/path/echo/%C3x"), 400, "BAD_REQUEST");
  }

  @Test
  void overlongUtf8EncodingOfASlashAnswers400() {
    assertError(invoke("/path/echo/%C0%AF"), 400, "BAD_REQUEST");
  }

  @Test
  void literalSegmentsAreMatchedAsSentWithoutDecoding() {
    // "users" spelled with an escape is not the literal "users": routes match the path as sent.
    assertError(invoke("/path/%75sers"), 404, "NOT_FOUND");
  }

  private String text(String rawPath) {
    Reply reply = invoke(rawPath);
    assertEquals(200, reply.status(), () -> rawPath + ": " + reply);
    return reply.body();
  }

  private Reply invoke(String rawPath) {
    return Lambda.invoke(handler, HttpEvent.v2("GET", rawPath));
  }
}
