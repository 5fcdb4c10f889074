package dev.lift.runtime.lifecycle;

import java.util.Set;

/**
 * Whether this JVM may be snapshotted, so that {@link Checkpoints} hooks registered now can run.
 * Asked before anything touches {@code org.crac}: initialising {@code org.crac.Core} (which looks
 * up the JDK's CRaC classes by name and fails) costs a cold start 7 to 20 ms (fresh JVMs with
 * {@code -XX:TieredStopAtLevel=1}, JDK 17, 2 busy cores, 10 runs), and the hooks' classes more.
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
 * <p>A class of its own, so that Lift's init can ask without loading {@link Checkpoints} and the
 * {@code org.crac} types it names.
 */
public final class Snapshots {
  private static final String SNAP_START = "snap-start";
  /** The system property through which {@code org.crac} is told which implementation to use. */
  private static final String CRAC_IMPLEMENTATION = "org.crac.Core.Compat";

  private Snapshots() {}

  /** Whether this JVM may be snapshotted: the rules above. */
  public static boolean possible() {
    String initializationType = System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE");
    return possible(initializationType, initializationType == null && cracImplemented());
  }

  /**
   * Whether this init may be snapshotted: from Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE},
   * or outside Lambda (the variable unset) whether the JVM implements CRaC.
   */
  static boolean possible(String initializationType, boolean cracImplemented) {
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
}
