package dev.lift.tests.support.crac;

/** A failed checkpoint; the failures of the hooks are suppressed exceptions. */
public class CheckpointException extends Exception {
  private static final long serialVersionUID = 1L;
}
