package dev.lift.tests.support.crac;

/** The entry points {@code org.crac.Core} calls by reflection. */
public final class Core {
  private static final Context<Resource> GLOBAL = new Context<>();

  private Core() {}

  public static Context<Resource> getGlobalContext() {
    return GLOBAL;
  }

  /** A checkpoint and an immediate restore, without a snapshot: the hooks of both, in the JDK's order. */
  public static void checkpointRestore() throws CheckpointException, RestoreException {
    GLOBAL.beforeCheckpoint();
    GLOBAL.afterRestore();
  }
}
