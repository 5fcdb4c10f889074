package dev.lift.runtime.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.crac.RestoreException;

/**
 * Work to do just before a snapshot is taken and just after it is restored: Lambda SnapStart, or
 * any JVM with CRaC. Through the {@code org.crac} API, which does nothing on a JVM without CRaC.
 *
 * <pre>{@code
 * Checkpoints.register("db pool", pool::clear, pool::prewarm);
 * }</pre>
 *
 * <p>The global context holds its resources weakly, so a hook registered without a strong
 * reference could be collected and silently never run; this class keeps every hook for the life
 * of the JVM. A hook that throws is reported the way {@code org.crac} expects: as a {@link
 * CheckpointException} or {@link RestoreException} whose suppressed exception is the failure,
 * which aborts the checkpoint (SnapStart: fails the publish) or the restore.
 *
 * <p>Hooks are registered with {@code org.crac} only where a snapshot can be taken, because
 * initialising {@code org.crac.Core} (which looks up the JDK's CRaC classes by name and fails)
 * costs a cold start 7 to 20 ms (fresh JVMs with {@code -XX:TieredStopAtLevel=1}, JDK 17, 2 busy
 * cores, 10 runs):
 *
 * <ul>
 *   <li>On Lambda, only when {@code AWS_LAMBDA_INITIALIZATION_TYPE} is {@code snap-start}: an
 *       {@code on-demand} or {@code provisioned-concurrency} init is never snapshotted.
 *   <li>Outside Lambda (the variable unset), only on a JVM where {@code org.crac} finds an
 *       implementation: one naming it with the system property {@code org.crac.Core.Compat}, or
 *       whose {@code java.base} has the package {@code jdk.crac} or {@code javax.crac} (a CRaC
 *       JDK). On any other JVM {@code org.crac} registers nothing and never calls a hook, so
 *       skipping it changes nothing but the time.
 * </ul>
 *
 * <p>Either way {@link #register} returns the hooks as a {@link Resource}.
 */
public final class Checkpoints {
  /** Strong references: {@code org.crac} keeps only weak ones. */
  private static final List<Resource> HOOKS = new ArrayList<>();
  private static final String SNAP_START = "snap-start";
  /** The system property through which {@code org.crac} is told which implementation to use. */
  private static final String CRAC_IMPLEMENTATION = "org.crac.Core.Compat";

  private Checkpoints() {}

  /** Registers hooks with the global context; either may be {@code () -> {}}. */
  public static Resource register(Runnable beforeCheckpoint, Runnable afterRestore) {
    return register("checkpoint hook", beforeCheckpoint, afterRestore);
  }

  /**
   * Registers named hooks with the global context.
   *
   * @param name how failures name the hooks
   * @return the registered resource; calling it runs the hooks (tests do)
   */
  public static Resource register(String name, Runnable beforeCheckpoint, Runnable afterRestore) {
    if (!snapshotPossible()) {
      return new Hook(name, beforeCheckpoint, afterRestore);
    }
    return register(Core.getGlobalContext(), name, beforeCheckpoint, afterRestore);
  }

  /**
   * Whether this JVM may be snapshotted, so that hooks registered now can run: the rules above.
   * Lift's own init asks first and, when not, creates no hooks at all.
   */
  public static boolean snapshotPossible() {
    String initializationType = System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE");
    return snapshotPossible(initializationType, initializationType == null && cracImplemented());
  }

  /**
   * Whether this init may be snapshotted: from Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE},
   * or outside Lambda (the variable unset) whether the JVM implements CRaC.
   */
  static boolean snapshotPossible(String initializationType, boolean cracImplemented) {
    return initializationType == null ? cracImplemented : SNAP_START.equals(initializationType);
  }

  /**
   * Whether {@code org.crac} would find an implementation, asked without loading it: the packages
   * {@code org.crac.Core} looks for in {@code java.base}, or an implementation named by property.
   */
  static boolean cracImplemented() {
    if (System.getProperty(CRAC_IMPLEMENTATION) != null) {
      return true;
    }
    Set<String> jdkPackages = Object.class.getModule().getPackages();
    return jdkPackages.contains("jdk.crac") || jdkPackages.contains("javax.crac");
  }

  /** Registers with a given context; tests pass one they can drive. */
  static Resource register(
      Context<Resource> context, String name, Runnable beforeCheckpoint, Runnable afterRestore) {
    Hook hook = new Hook(name, beforeCheckpoint, afterRestore);
    synchronized (HOOKS) {
      HOOKS.add(hook);
    }
    context.register(hook);
    return hook;
  }

  /** How many hooks this JVM holds; each stays registered for the life of the JVM. */
  static int registered() {
    synchronized (HOOKS) {
      return HOOKS.size();
    }
  }

  private static final class Hook implements Resource {
    private final String name;
    private final Runnable beforeCheckpoint;
    private final Runnable afterRestore;

    Hook(String name, Runnable beforeCheckpoint, Runnable afterRestore) {
      this.name = Objects.requireNonNull(name, "name");
      this.beforeCheckpoint = Objects.requireNonNull(beforeCheckpoint, "beforeCheckpoint");
      this.afterRestore = Objects.requireNonNull(afterRestore, "afterRestore");
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
      try {
        beforeCheckpoint.run();
      } catch (RuntimeException e) {
        CheckpointException failure =
            new CheckpointException(name + " failed before the checkpoint: " + e);
        failure.addSuppressed(e);
        throw failure;
      }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
      try {
        afterRestore.run();
      } catch (RuntimeException e) {
        RestoreException failure = new RestoreException(name + " failed after the restore: " + e);
        failure.addSuppressed(e);
        throw failure;
      }
    }

    @Override
    public String toString() {
      return "Checkpoints.Hook[" + name + "]";
    }
  }
}
