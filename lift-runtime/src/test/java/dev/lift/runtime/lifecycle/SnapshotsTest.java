package dev.lift.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotsTest {
  @Test
  void onLambdaOnlyASnapStartInitRegistersWithCrac() {
    assertTrue(Snapshots.possible("snap-start", false));
    assertTrue(Snapshots.possible("snap-start", true));
    assertFalse(Snapshots.possible("on-demand", true));
    assertFalse(Snapshots.possible("provisioned-concurrency", true));
  }

  @Test
  void outsideLambdaOnlyAJvmWithCracRegistersWithCrac() {
    assertTrue(Snapshots.possible(null, true), "a CRaC JVM may checkpoint");
    assertFalse(Snapshots.possible(null, false), "org.crac finds no implementation");
  }

  @Test
  void anImplementationNamedForOrgCracCountsAsCrac() {
    String property = "org.crac.Core.Compat";
    String previous = System.getProperty(property);
    System.setProperty(property, "com.example.crac");
    try {
      assertTrue(Snapshots.cracImplemented());
    } finally {
      if (previous == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, previous);
      }
    }
  }
}
