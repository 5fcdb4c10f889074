package dev.lift.runtime.init;

import dev.lift.runtime.LiftRuntime;

import dev.lift.runtime.lifecycle.Checkpoints;
import dev.lift.runtime.lifecycle.Shutdown;
import dev.lift.runtime.resources.ResourcePool;

/**
 * What generated entry classes call while Lambda initialises the function. The generated
 * constructor creates each {@code @PreWarm} resource and each handler and middleware instance in
 * dependency order, in straight-line code that names the step it is on; a failure becomes an
 * {@link InitFailure} naming that step.
 */
public final class Init {
  private Init() {}

  /**
   * Checks a resource just created. One that is {@link AutoCloseable} is closed when the JVM shuts
   * down, after every resource created later.
   *
   * @param name the init step, how messages name it: {@code "resource DataSource (Db.dataSource)"}
   */
  public static <T> T resource(String name, T resource) {
    if (resource == null) {
      throw InitFailure.of(
          "Lift init failed at " + name + ": the @PreWarm method returned null; it must return a value", null);
    }
    if (resource instanceof ResourcePool) {
      prewarm(name, (ResourcePool<?>) resource);
    }
    if (resource instanceof AutoCloseable) {
      Shutdown.register(name, (AutoCloseable) resource);
    }
    return resource;
  }

  /**
   * A pool fills its minimum idle objects at init; after a SnapStart restore its connections are
   * stale (the snapshot may be days old), so it drops them and fills up again.
   */
  private static void prewarm(String name, ResourcePool<?> pool) {
    pool.prewarm();
    if (!LiftRuntime.snapshotPossible()) {
      return;
    }
    Checkpoints.register(name, new Runnable() {
      @Override
      public void run() {}
    }, new Runnable() {
      @Override
      public void run() {
        pool.clear();
        pool.prewarm();
      }
    });
  }

  /** The failure of init step {@code step}; out-of-memory and similar errors are rethrown as they are. */
  public static RuntimeException failed(String step, Throwable cause) {
    if (cause instanceof VirtualMachineError && !(cause instanceof StackOverflowError)) {
      throw (VirtualMachineError) cause;
    }
    if (cause instanceof InitFailure) {
      return (RuntimeException) cause;
    }
    return InitFailure.of("Lift init failed at " + step + ": " + cause, cause);
  }

  /**
   * Finishes the init, called through {@link LiftRuntime#started} only when there is something to
   * do: primes Lift's own request path now when {@code LIFT_PRIME_AT_INIT} is
   * {@code true}, and, when {@link LiftRuntime#snapshotPossible()}, registers SnapStart hooks:
   * before a checkpoint, priming and then the user's {@code @BeforeCheckpoint} hooks; after a
   * restore, the {@code @AfterRestore} hooks.
   */
  public static void started(LiftRuntime lifecycle) {
    if ("true".equalsIgnoreCase(System.getenv("LIFT_PRIME_AT_INIT"))) {
      Priming.prime(lifecycle);
    }
    if (!LiftRuntime.snapshotPossible()) {
      // No snapshot will be taken: the hooks could never run, and their classes and org.crac's
      // would only slow the cold start down.
      return;
    }
    Checkpoints.register("Lift priming and hooks", new Runnable() {
      @Override
      public void run() {
        Priming.prime(lifecycle);
        call("@BeforeCheckpoint hooks", lifecycle, true);
      }
    }, new Runnable() {
      @Override
      public void run() {
        call("@AfterRestore hooks", lifecycle, false);
      }
    });
  }

  private static void call(String what, LiftRuntime lifecycle, boolean beforeCheckpoint) {
    try {
      if (beforeCheckpoint) {
        lifecycle.beforeCheckpoint();
      } else {
        lifecycle.afterRestore();
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(what + " failed: " + e, e);
    }
  }
}
