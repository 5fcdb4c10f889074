package dev.lift.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotPossibleTest {
  @Test
  void onLambdaOnlyASnapStartInitRegistersWithCrac() {
    assertTrue(LiftRuntime.snapshotPossible("snap-start", false));
    assertTrue(LiftRuntime.snapshotPossible("snap-start", true));
    assertFalse(LiftRuntime.snapshotPossible("on-demand", true));
    assertFalse(LiftRuntime.snapshotPossible("provisioned-concurrency", true));
  }

  @Test
  void outsideLambdaOnlyAJvmWithCracRegistersWithCrac() {
    assertTrue(LiftRuntime.snapshotPossible(null, true), "a CRaC JVM may checkpoint");
    assertFalse(LiftRuntime.snapshotPossible(null, false), "org.crac finds no implementation");
  }

  @Test
  void anImplementationNamedForOrgCracCountsAsCrac() {
    String property = "org.crac.Core.Compat";
    String previous = System.getProperty(property);
    System.setProperty(property, "com.example.crac");
    try {
      assertTrue(LiftRuntime.cracImplemented());
    } finally {
      if (previous == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, previous);
      }
    }
  }
}
