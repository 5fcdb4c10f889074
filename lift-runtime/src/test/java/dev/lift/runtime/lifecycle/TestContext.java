package dev.lift.runtime.lifecycle;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Resource;
import org.crac.RestoreException;

/**
 * A context that behaves like the JDK's global one: it holds resources weakly, notifies them in
 * reverse order of registration before a checkpoint and in order after a restore, and reports
 * their failures as suppressed exceptions of one Checkpoint/RestoreException.
 */
final class TestContext extends Context<Resource> {
  private final List<WeakReference<Resource>> resources = new ArrayList<>();

  @Override
  public void register(Resource resource) {
    resources.add(new WeakReference<>(resource));
  }

  int live() {
    int live = 0;
    for (WeakReference<Resource> ref : resources) {
      if (ref.get() != null) {
        live++;
      }
    }
    return live;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
    CheckpointException failures = null;
    for (int i = resources.size() - 1; i >= 0; i--) {
      Resource resource = resources.get(i).get();
      if (resource == null) {
        continue;
      }
      try {
        resource.beforeCheckpoint(this);
      } catch (Exception e) {
        failures = failures == null ? new CheckpointException() : failures;
        failures.addSuppressed(e);
      }
    }
    if (failures != null) {
      throw failures;
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) throws RestoreException {
    RestoreException failures = null;
    for (WeakReference<Resource> ref : resources) {
      Resource resource = ref.get();
      if (resource == null) {
        continue;
      }
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
