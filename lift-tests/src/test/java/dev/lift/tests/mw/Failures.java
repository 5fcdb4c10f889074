package dev.lift.tests.mw;

import dev.lift.runtime.error.LiftError;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;

/** The exceptions the failing routes throw, by the name in their path. */
final class Failures {
  /** Text that only the logs may show. */
  static final String SECRET = "secret-detail-7f3a";

  private Failures() {}

  /** A subclass of what the application recovers. */
  static final class ItemMissing extends NoSuchElementException {
    ItemMissing(String message) {
      super(message);
    }
  }

  /** A subclass of what {@link TraceRoutes} recovers. */
  static final class Locked extends IllegalStateException {
    Locked(String message) {
      super(message);
    }
  }

  static Exception of(String kind) {
    switch (kind) {
      case "missing":
        return new NoSuchElementException("item 7");
      case "item-missing":
        return new ItemMissing("item 8");
      case "state":
        return new IllegalStateException("busy");
      case "locked":
        return new Locked("locked");
      case "lift":
        return new LiftError(422, "UNPROCESSABLE", "Cannot process this item");
      case "timeout":
        return new TimeoutException("inventory " + SECRET);
      case "number":
        return new NumberFormatException("x12");
      case "argument":
        return new IllegalArgumentException("bad");
      default:
        return new UnsupportedOperationException("unexpected " + SECRET);
    }
  }
}
