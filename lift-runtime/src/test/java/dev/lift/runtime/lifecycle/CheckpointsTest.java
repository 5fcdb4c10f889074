package dev.lift.runtime.lifecycle;

import dev.lift.runtime.LiftRuntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.crac.RestoreException;
import org.junit.jupiter.api.Test;

class CheckpointsTest {
  private final List<String> ran = new ArrayList<>();

  @Test
  void onAJvmWithoutCracTheHooksAreReturnedButNotRegisteredWithOrgCrac() throws Exception {
    assumeTrue(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE") == null, "outside Lambda");
    assumeFalse(LiftRuntime.cracImplemented(), "a JVM without CRaC");
    int before = Checkpoints.registered();
    Resource hook = Checkpoints.register(() -> ran.add("before"), () -> ran.add("after"));

    assertEquals(before, Checkpoints.registered(), "org.crac would never call it");
    hook.beforeCheckpoint(null);
    hook.afterRestore(null);
    assertEquals(List.of("before", "after"), ran);
  }

  @Test
  void hooksRegisteredWithTheGlobalContextAreHeldAndRunWhenTheResourceIsNotified() throws Exception {
    int before = Checkpoints.registered();
    Context<Resource> global = Core.getGlobalContext();
    Resource hook = Checkpoints.register(global, "hook", () -> ran.add("before"), () -> ran.add("after"));

    assertEquals(before + 1, Checkpoints.registered(), "held strongly for the life of the JVM");
    hook.beforeCheckpoint(global);
    hook.afterRestore(global);
    assertEquals(List.of("before", "after"), ran);
  }

  @Test
  void contextRunsBeforeHooksLastFirstAndAfterHooksInOrder() throws Exception {
    TestContext context = new TestContext();
    Checkpoints.register(context, "pool", () -> ran.add("close pool"), () -> ran.add("reopen pool"));
    Checkpoints.register(context, "cache", () -> ran.add("flush cache"), () -> ran.add("reload cache"));

    context.beforeCheckpoint(null);
    context.afterRestore(null);

    assertEquals(List.of("flush cache", "close pool", "reopen pool", "reload cache"), ran);
  }

  @Test
  void hooksSurviveGarbageCollectionAlthoughTheContextHoldsThemWeakly() throws Exception {
    TestContext context = new TestContext();
    registerWithoutKeeping(context);
    context.register(new Resource() { // the control: held by nobody, so collected
      @Override
      public void beforeCheckpoint(Context<? extends Resource> c) {}

      @Override
      public void afterRestore(Context<? extends Resource> c) {}
    });

    for (int i = 0; i < 50 && context.live() > 1; i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertEquals(1, context.live(), "the unreferenced resource was collected, ours was not");
    context.beforeCheckpoint(null);
    assertEquals(List.of("before"), ran);
  }

  private void registerWithoutKeeping(TestContext context) {
    Checkpoints.register(context, "kept", () -> ran.add("before"), () -> ran.add("after"));
  }

  @Test
  void failingBeforeHookIsReportedAsACheckpointExceptionNamingIt() {
    TestContext context = new TestContext();
    IllegalStateException failure = new IllegalStateException("flush failed");
    Checkpoints.register(context, "@BeforeCheckpoint hooks", () -> {
      throw failure;
    }, () -> {});
    Checkpoints.register(context, "first", () -> ran.add("still ran"), () -> {});

    CheckpointException e = assertThrows(CheckpointException.class, () -> context.beforeCheckpoint(null));

    assertEquals(List.of("still ran"), ran, "the context went on to the other resources");
    CheckpointException ours = assertInstanceOf(CheckpointException.class, e.getSuppressed()[0]);
    assertEquals("@BeforeCheckpoint hooks failed before the checkpoint: "
        + "java.lang.IllegalStateException: flush failed", ours.getMessage());
    assertEquals(List.of(failure), List.of(ours.getSuppressed()));
  }

  @Test
  void failingAfterHookIsReportedAsARestoreExceptionNamingIt() throws Exception {
    IllegalStateException failure = new IllegalStateException("reconnect failed");
    Resource hook = Checkpoints.register("db pool", () -> {}, () -> {
      throw failure;
    });

    RestoreException e = assertThrows(RestoreException.class, () -> hook.afterRestore(Core.getGlobalContext()));

    assertTrue(e.getMessage().startsWith("db pool failed after the restore"), e.getMessage());
    assertEquals(List.of(failure), List.of(e.getSuppressed()));
  }
}
