package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.tests.support.ChildJvm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code AutoCloseable} resources are closed when the JVM shuts down, the last created first.
 * The runtime's {@code Shutdown} exposes no handle to a test, so a child JVM creates the wiring
 * application and exits, and its shutdown hook's work shows up in the journal it prints.
 */
class ResourceShutdownTest {
  @Test
  void closeableResourcesAreClosedAtExitInReverseOrderOfCreation() throws Exception {
    ChildJvm.Output run = new ChildJvm().option("-Dlift.tests.journal.stdout=true")
        .run(SnapStartHooksTest.Program.class);

    int exit = run.indexOf("phase: exit");
    List<String> afterExit = run.lines().subList(exit + 1, run.lines().size());
    // Created: the pool (with Conn#1 and Conn#2), then Store#1, then AuditLog#1 from Store#1.
    assertEquals(List.of("journal: close AuditLog#1", "journal: close Store#1", "journal: destroy Conn#2",
        "journal: destroy Conn#1"), afterExit, run::toString);
    assertTrue(run.indexOf("journal: create pool") < run.indexOf("journal: create Store#1 from Settings#1"),
        run::toString);
    assertEquals("", run.err(), "no resource failed to close");
  }
}
