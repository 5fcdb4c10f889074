package dev.lift.tests.support.crac;

/** A failed restore; the failures of the hooks are suppressed exceptions. */
public class RestoreException extends Exception {
  private static final long serialVersionUID = 1L;
}
