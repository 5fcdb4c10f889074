package dev.lift.tests.app;

import dev.lift.annotations.LiftApplication;

/**
 * The application the behaviour tests drive: every route class in this package. The processor
 * generates {@code LiftTestApi} from it when the tests compile.
 */
@LiftApplication
public final class TestApi {
  private TestApi() {}
}
