package dev.lift.runtime.lifecycle;

/**
 * Resources closed when the JVM shuts down, in reverse order of registration, from one shutdown
 * hook installed with the first registration. Failures are logged as JSON lines (see {@link
 * Closer}) and do not stop the other resources from closing.
 *
 * <p>On Lambda the JVM's shutdown hooks run only when the runtime is sent SIGTERM before the
 * execution environment ends, which Lambda does when the function has at least one extension
 * registered (a layer such as the CloudWatch Lambda Insights one); otherwise the environment is
 * simply stopped and nothing is closed. Closing here is a courtesy to servers (a clean disconnect),
 * never something correctness may depend on.
 */
public final class Shutdown {
  private static final Closer CLOSER = new Closer();
  private static boolean hookInstalled;

  private Shutdown() {}

  /** Closes {@code resource} at JVM shutdown, before every resource registered earlier. */
  public static void register(String name, AutoCloseable resource) {
    installHook();
    CLOSER.register(name, resource);
  }

  private static synchronized void installHook() {
    if (!hookInstalled) {
      // Not CLOSER::close: a JVM's first method reference costs the cold start its bootstrap.
      Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
        @Override
        public void run() {
          CLOSER.close();
        }
      }, "lift-shutdown"));
      hookInstalled = true;
    }
  }
}
