package dev.lift.processor.dispatch;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routing cases worth naming, each checked twice: the generated dispatcher and the reference
 * router must both give the answer written here (so the reference the property test trusts is
 * itself pinned to the rules).
 */
class DispatchExamplesTest {

  @Test
  void literalBeatsVariable() {
    Routes routes = new Routes("GET /users/{id}", "GET /users/me");
    routes.expect("GET", "/users/me", "r1");
    routes.expect("GET", "/users/42", "r0|id=42");
  }

  @Test
  void variableBeatsGreedy() {
    Routes routes = new Routes("GET /files/{rest+}", "GET /files/{name}");
    routes.expect("GET", "/files/a", "r1|name=a");
    routes.expect("GET", "/files/a/b", "r0|rest=a/b");
    routes.expectNotFound("GET", "/files");
  }

  @Test
  void literalBeatsVariableAtTheFirstDifferenceEvenIfLaterSegmentsAreLessPrecise() {
    Routes routes = new Routes("GET /a/{x+}", "GET /{y}/b");
    routes.expect("GET", "/a/b", "r0|x=b");
    routes.expect("GET", "/c/b", "r1|y=c");
  }

  @Test
  void backtracksOutOfALiteralThatLeadsNowhere() {
    Routes routes = new Routes("GET /a/b/c", "GET /a/{x}/d");
    routes.expect("GET", "/a/b/d", "r1|x=b");
    routes.expect("GET", "/a/b/c", "r0");
  }

  @Test
  void backtracksFromAVariableToAGreedyVariable() {
    Routes routes = new Routes("GET /a/{x}/c", "GET /a/{rest+}");
    routes.expect("GET", "/a/b/c", "r0|x=b");
    routes.expect("GET", "/a/b/d", "r1|rest=b/d");
  }

  @Test
  void headFallsBackToGetUnlessThereIsAHeadRoute() {
    Routes routes = new Routes("GET /a", "GET /b", "HEAD /b");
    routes.expect("HEAD", "/a", "r0");
    routes.expect("HEAD", "/b", "r2");
    routes.expect("GET", "/b", "r1");
  }

  @Test
  void explicitMethodBeatsAnyOnTheSameShape() {
    Routes routes = new Routes("ANY /a/{x}", "GET /a/{y}");
    routes.expect("GET", "/a/1", "r1|y=1");
    routes.expect("HEAD", "/a/1", "r1|y=1");
    routes.expect("POST", "/a/1", "r0|x=1");
    routes.expect("TRACE", "/a/1", "r0|x=1");
  }

  @Test
  void aMorePreciseShapeWithAnyBeatsALessPreciseShapeWithTheMethod() {
    Routes routes = new Routes("ANY /a/b", "GET /a/{x}");
    routes.expect("GET", "/a/b", "r0");
    routes.expect("GET", "/a/c", "r1|x=c");
  }

  @Test
  void aLessPreciseShapeServesMethodsTheMorePreciseOneLacks() {
    Routes routes = new Routes("POST /a/b", "GET /a/{x}", "DELETE /{y+}");
    routes.expect("POST", "/a/b", "r0");
    routes.expect("GET", "/a/b", "r1|x=b");
    routes.expect("DELETE", "/a/b", "r2|y=a/b");
  }

  @Test
  void notAllowedListsTheMethodsOfEveryShapeThatMatchesThePath() {
    Routes routes = new Routes("POST /a/b", "GET /a/{x}", "DELETE /{y}/b", "PUT /a/{rest+}", "PATCH /c/b");
    routes.expectNotAllowed("PATCH", "/a/b", "GET, HEAD, POST, PUT, DELETE");
    routes.expectNotAllowed("TRACE", "/a/b", "GET, HEAD, POST, PUT, DELETE");
    routes.expectNotAllowed("POST", "/a/c", "GET, HEAD, PUT");
    routes.expectNotFound("GET", "/b");
  }

  @Test
  void headDoesNotAddGetToAllow() {
    Routes routes = new Routes("HEAD /a", "OPTIONS /a");
    routes.expectNotAllowed("GET", "/a", "HEAD, OPTIONS");
  }

  @Test
  void literalsWithTheSameHashAreToldApart() {
    // "Aa".hashCode() == "BB".hashCode(): one case of the generated switch holds both.
    Routes routes = new Routes("GET /Aa", "GET /BB/{x}", "GET /{y}", "POST /BB");
    routes.expect("GET", "/Aa", "r0");
    routes.expect("GET", "/BB", "r2|y=BB");
    routes.expect("POST", "/BB", "r3");
    routes.expect("GET", "/BB/1", "r1|x=1");
    routes.expect("GET", "/AaAa", "r2|y=AaAa");
    routes.expectNotAllowed("DELETE", "/BB", "GET, HEAD, POST");
  }

  @Test
  void literalsWithoutLettersOrDigitsCompileAndMatch() {
    // The matcher for "/-" was once named "match", like the root matcher: the class did not compile.
    Routes routes = new Routes("GET /-", "GET /-/_", "GET /~/{x}", "GET /a");
    routes.expect("GET", "/-", "r0");
    routes.expect("GET", "/-/_", "r1");
    routes.expect("GET", "/~/1", "r2|x=1");
    routes.expect("GET", "/a", "r3");
  }

  @Test
  void oneTrailingSlashIsIgnoredAndEmptySegmentsMatchNothing() {
    Routes routes = new Routes("GET /", "GET /a/{x}", "GET /f/{rest+}");
    routes.expect("GET", "/", "r0");
    routes.expect("GET", "/a/1/", "r1|x=1");
    routes.expectNotFound("GET", "/a//");
    routes.expectNotFound("GET", "/a//1");
    routes.expectNotFound("GET", "/f//a");
    routes.expect("GET", "/f/a//b/", "r2|rest=a//b");
    routes.expect("GET", "/f/a//", "r2|rest=a/");
  }

  @Test
  void variablesArePercentDecodedAsUtf8() {
    Routes routes = new Routes("GET /a/{x}", "GET /f/{rest+}");
    routes.expect("GET", "/a/caf%C3%A9", "r0|x=café");
    routes.expect("GET", "/a/a%20b", "r0|x=a b");
    routes.expect("GET", "/f/a%20b/caf%C3%A9", "r1|rest=a b/café");
  }

  /** A compiled table and its reference, asserting both agree with the expected answer. */
  private static final class Routes {
    private final RouteTable table;
    private final CompiledApp app;
    private final ReferenceRouter reference;

    Routes(String... routes) {
      this.table = RouteTable.of(List.of(routes));
      this.app = CompiledApp.of(table);
      this.reference = new ReferenceRouter(table);
    }

    void expect(String method, String path, String body) {
      check(method, path, Outcome.routed(body));
    }

    void expectNotFound(String method, String path) {
      check(method, path, Outcome.notFound());
    }

    void expectNotAllowed(String method, String path, String allow) {
      check(method, path, Outcome.notAllowed(allow));
    }

    private void check(String method, String path, Outcome expected) {
      String request = method + " " + path + " on " + table;
      assertWithMessage("reference router, " + request).that(reference.route(method, path)).isEqualTo(expected);
      assertWithMessage("generated dispatcher, " + request).that(app.dispatch(method, path)).isEqualTo(expected);
    }
  }
}
