package dev.lift.tests;

import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lift.tests.multi.alpha.LiftAlphaApp;
import dev.lift.tests.multi.alpha.admin.AdminHandler;
import dev.lift.tests.multi.beta.LiftBetaApp;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import org.junit.jupiter.api.Test;

/**
 * Three applications compiled together: {@code multi.alpha}, its sibling {@code multi.beta}, and
 * {@code multi.alpha.admin} nested inside alpha. Each generated handler serves only the routes of
 * the packages it owns.
 */
class MultipleApplicationsTest {
  private final LiftAlphaApp alpha = new LiftAlphaApp();
  private final LiftBetaApp beta = new LiftBetaApp();
  private final AdminHandler admin = new AdminHandler();

  @Test
  void eachApplicationServesItsOwnRoutes() {
    assertEquals("alpha", text(alpha, "/alpha"));
    assertEquals("beta", text(beta, "/beta"));
    assertEquals("admin tools", text(admin, "/admin/tools"));
  }

  @Test
  void routeOfOneApplicationIsNotFoundInItsSibling() {
    assertError(get(beta, "/alpha"), 404, "NOT_FOUND");
    assertError(get(alpha, "/beta"), 404, "NOT_FOUND");
  }

  @Test
  void samePathInTwoApplicationsIsAnsweredByEachOwnRoute() {
    assertEquals("shared by alpha", text(alpha, "/shared"));
    assertEquals("shared by beta", text(beta, "/shared"));
  }

  @Test
  void handlerInASubPackageBelongsToTheApplicationAbove() {
    assertEquals("alpha reports", text(alpha, "/alpha/reports"));
    assertError(get(beta, "/alpha/reports"), 404, "NOT_FOUND");
    assertError(get(admin, "/alpha/reports"), 404, "NOT_FOUND");
  }

  @Test
  void handlerBelowANestedApplicationBelongsToTheNearestOne() {
    assertEquals("admin tools", text(admin, "/admin/tools"));
    assertError(get(alpha, "/admin/tools"), 404, "NOT_FOUND");
  }

  @Test
  void nestedApplicationOwnsNothingOfItsParent() {
    assertError(get(admin, "/alpha"), 404, "NOT_FOUND");
    assertError(get(admin, "/shared"), 404, "NOT_FOUND");
  }

  private static String text(RequestStreamHandler handler, String path) {
    Reply reply = get(handler, path);
    assertEquals(200, reply.status(), () -> handler.getClass().getSimpleName() + " GET " + path + ": " + reply);
    return reply.body();
  }

  private static Reply get(RequestStreamHandler handler, String path) {
    return Lambda.invoke(handler, HttpEvent.v2("GET", path));
  }
}
