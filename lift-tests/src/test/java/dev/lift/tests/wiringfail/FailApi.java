package dev.lift.tests.wiringfail;

import dev.lift.annotations.LiftApplication;

/**
 * An application whose init fails where a test asks it to ({@link FailResources#failAt}), in a
 * package of its own so that the other applications still start.
 */
@LiftApplication
public final class FailApi {
  private FailApi() {}
}
