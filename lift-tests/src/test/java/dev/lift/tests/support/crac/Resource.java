package dev.lift.tests.support.crac;

/** What {@code org.crac} registers: a proxy of this interface for each {@code org.crac.Resource}. */
public interface Resource {
  void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

  void afterRestore(Context<? extends Resource> context) throws Exception;
}
