package dev.lift.runtime.init;

/**
 * Implemented by generated entry classes: what the runtime calls around SnapStart checkpoints.
 * An interface rather than lambdas, so that the init path bootstraps no lambda machinery.
 */
public interface Lifecycle {
  /** Runs the generated matcher on a sample path of every route; calls no route method. */
  void primeRouting();

  /** The {@code @BeforeCheckpoint} hooks. */
  void beforeCheckpoint() throws Exception;

  /** The {@code @AfterRestore} hooks. */
  void afterRestore() throws Exception;
}
