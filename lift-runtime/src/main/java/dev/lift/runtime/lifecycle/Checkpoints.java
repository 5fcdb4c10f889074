package dev.lift.runtime.lifecycle;

import dev.lift.runtime.LiftRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * <p>Hooks are registered with {@code org.crac} only where a snapshot can be taken ({@link
 * LiftRuntime#snapshotPossible()}); elsewhere {@link #register} returns them as a {@link Resource} without
 * registering them (calling it still runs them, as tests do).
 */
public final class Checkpoints {
  /** Strong references: {@code org.crac} keeps only weak ones. */
  private static final List<Resource> HOOKS = new ArrayList<>();

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
    if (!LiftRuntime.snapshotPossible()) {
      return new Hook(name, beforeCheckpoint, afterRestore);
    }
    return register(Core.getGlobalContext(), name, beforeCheckpoint, afterRestore);
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
