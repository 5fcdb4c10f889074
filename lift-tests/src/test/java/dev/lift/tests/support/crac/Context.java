package dev.lift.tests.support.crac;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The global context. Like the JDK's, it holds resources weakly (a hook nobody else keeps may be
 * collected) and notifies them before a checkpoint last registered first, after a restore in order
 * of registration; failures are collected as suppressed exceptions.
 */
public class Context<R extends Resource> {
  private final List<WeakReference<R>> resources = new ArrayList<>();

  public synchronized void register(R resource) {
    resources.add(new WeakReference<>(resource));
  }

  synchronized List<R> live() {
    List<R> live = new ArrayList<>();
    for (WeakReference<R> ref : resources) {
      R resource = ref.get();
      if (resource != null) {
        live.add(resource);
      }
    }
    return live;
  }

  void beforeCheckpoint() throws CheckpointException {
    List<R> live = live();
    CheckpointException failures = null;
    for (int i = live.size() - 1; i >= 0; i--) {
      try {
        live.get(i).beforeCheckpoint(this);
      } catch (Exception e) {
        failures = failures == null ? new CheckpointException() : failures;
        failures.addSuppressed(e);
      }
    }
    if (failures != null) {
      throw failures;
    }
  }

  void afterRestore() throws RestoreException {
    RestoreException failures = null;
    for (R resource : live()) {
      try {
        resource.afterRestore(this);
      } catch (Exception e) {
        failures = failures == null ? new RestoreException() : failures;
        failures.addSuppressed(e);
      }
    }
    if (failures != null) {
      throw failures;
    }
  }
}
