package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.tests.support.ChildJvm;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.wiring.Connections;
import dev.lift.tests.wiring.Journal;
import dev.lift.tests.wiring.LiftWiringApi;
import dev.lift.tests.wiring.WiringResources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart hooks of a generated entry class, driven through the {@code org.crac} API as a
 * CRaC JVM drives them: {@code org.crac.Core.checkpointRestore()}, with the test implementation of
 * {@link dev.lift.tests.support.crac} standing in for the JDK's. Each case runs {@link Program} in
 * a fresh JVM (org.crac picks its implementation once per JVM, and class loading shows what ran),
 * with the {@link Journal} and {@code -Xlog:class+load} on standard output, in the order things
 * happened.
 */
class SnapStartHooksTest {
  private static final String CRAC = "-Dorg.crac.Core.Compat=dev.lift.tests.support.crac";
  private static final String JOURNAL = "-Dlift.tests.journal.stdout=true";
  private static final String CLASS_LOADING = "-Xlog:class+load=info:stdout";
  private static final String PRIMING = "dev.lift.runtime.init.Priming";

  /** Creates the wiring application, optionally goes through a checkpoint and a restore, answers one request. */
  public static final class Program {
    public static void main(String[] args) throws Exception {
      System.out.println("phase: init");
      LiftWiringApi handler = new LiftWiringApi();
      System.out.println("phase: constructed, pool " + WiringResources.stats(Connections.lastPool));
      if (List.of(args).contains("checkpoint")) {
        System.out.println("phase: checkpoint");
        org.crac.Core.checkpointRestore();
        System.out.println("phase: restored");
      }
      if (List.of(args).contains("request")) {
        Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/wiring/pool"));
        System.out.println("response: " + reply.status() + " " + reply.body());
      }
      System.out.println("phase: exit");
    }
  }

  @Test
  void beforeACheckpointLiftPrimesItselfThenRunsTheUsersHooks() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL).option(CLASS_LOADING)
        .run(Program.class, "checkpoint");

    int checkpoint = run.indexOf("phase: checkpoint");
    int priming = run.loaded(PRIMING);
    int userHook = run.indexOf("journal: @BeforeCheckpoint hook with Store#1");
    int restored = run.indexOf("phase: restored");
    assertTrue(checkpoint < priming && priming < userHook && userHook < restored,
        "priming starts at the checkpoint, before the @BeforeCheckpoint hook:\n" + run);
    // Priming decodes an event of each shape and encodes responses: the request path is loaded
    // there, before the user's hook, although no request came in.
    for (String requestPath : List.of("dev.lift.runtime.event.HttpEvents",
        "dev.lift.runtime.event.HttpEvents", "dev.lift.runtime.error.ErrorResponses")) {
      int loaded = run.loaded(requestPath);
      assertTrue(checkpoint < loaded && loaded < userHook, requestPath + " loaded by priming:\n" + run);
    }
    assertEquals(List.of(), run.starting("journal: route "), "priming calls no route method");
    assertEquals(List.of(), run.starting("journal: middleware "), "priming calls no middleware");
  }

  @Test
  void afterARestoreThePoolIsRefilledThenTheUsersHooksRun() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL).run(Program.class, "checkpoint", "request");

    run.indexOf("phase: constructed, pool created=2 destroyed=0 idle=2 active=0");
    int restoreHook = run.indexOf("journal: @AfterRestore hook, pool created=4 destroyed=2 idle=2 active=0");
    assertTrue(run.indexOf("journal: @BeforeCheckpoint hook with Store#1") < restoreHook, run::toString);
    // The connections of the snapshot are dropped and new ones made, before the user's hook runs.
    for (String poolWork : List.of("journal: destroy Conn#1", "journal: destroy Conn#2",
        "journal: create Conn#3", "journal: create Conn#4")) {
      int at = run.indexOf(poolWork);
      assertTrue(run.indexOf("phase: checkpoint") < at && at < restoreHook, poolWork + "\n" + run);
    }
    assertTrue(restoreHook < run.indexOf("phase: restored"), run::toString);
    run.indexOf("response: 200 created=4 destroyed=2 idle=2 active=0");
    assertEquals(List.of("journal: route PoolRoutes.pool"), run.starting("journal: route "),
        "only the request ran a route");
  }

  @Test
  void withPrimeAtInitLiftPrimesDuringTheConstructorWithoutCallingRoutes() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL).option(CLASS_LOADING)
        .env("LIFT_PRIME_AT_INIT", "true")
        .run(Program.class, "checkpoint");

    int priming = run.loaded(PRIMING);
    assertTrue(run.indexOf("journal: warm-up hook with Store#1, AuditLog#1, pool created=2 destroyed=0 idle=2"
        + " active=0") < priming && priming < run.indexOf("phase: constructed, pool created=2 destroyed=0 idle=2"
        + " active=0"), "primed at the end of the init, after the warm-up hooks:\n" + run);
    assertTrue(run.loaded("dev.lift.runtime.event.HttpEvents") < run.indexOf("phase: checkpoint"), run::toString);
    assertEquals(List.of(), run.starting("journal: route "), "priming calls no route method");
    assertEquals(List.of(), run.starting("journal: middleware "), "priming calls no middleware");
    run.indexOf("journal: @BeforeCheckpoint hook with Store#1");
  }

  @Test
  void withoutPrimeAtInitTheConstructorDoesNotPrime() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL).option(CLASS_LOADING).run(Program.class);

    assertEquals(-1, run.loaded(PRIMING), run::toString);
    assertEquals(List.of(), run.starting("journal: @BeforeCheckpoint"), run::toString);
  }

  @Test
  void anOnDemandInitOnLambdaRegistersNoCheckpointHooks() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL)
        .env("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")
        .run(Program.class, "checkpoint");

    // Never snapshotted: neither Lift's hooks nor the pool's run, the pool keeps its connections.
    assertEquals(run.indexOf("phase: checkpoint") + 1, run.indexOf("phase: restored"), run::toString);
  }

  @Test
  void aSnapStartInitOnLambdaRegistersThem() throws Exception {
    ChildJvm.Output run = new ChildJvm().option(CRAC).option(JOURNAL)
        .env("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
        .run(Program.class, "checkpoint");

    run.indexOf("journal: @BeforeCheckpoint hook with Store#1");
    run.indexOf("journal: @AfterRestore hook, pool created=4 destroyed=2 idle=2 active=0");
  }
}
