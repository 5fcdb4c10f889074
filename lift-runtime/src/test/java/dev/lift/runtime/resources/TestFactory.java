package dev.lift.runtime.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes numbered {@link Conn}s and records what the pool did with them. */
final class TestFactory implements ResourceFactory<TestFactory.Conn> {
  /** A fake connection: an id, and whether it is open or broken. */
  static final class Conn {
    final int id;
    final AtomicBoolean open = new AtomicBoolean(true);
    final AtomicBoolean inUse = new AtomicBoolean();
    volatile boolean broken;

    Conn(int id) {
      this.id = id;
    }

    @Override
    public String toString() {
      return "Conn#" + id;
    }
  }

  final AtomicInteger created = new AtomicInteger();
  final AtomicInteger validations = new AtomicInteger();
  final List<Conn> destroyed = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger doubleDestroys = new AtomicInteger();
  volatile RuntimeException failCreate;
  volatile boolean validateThrows;

  @Override
  public Conn create() {
    RuntimeException failure = failCreate;
    if (failure != null) {
      throw failure;
    }
    return new Conn(created.incrementAndGet());
  }

  @Override
  public boolean validate(Conn conn) {
    validations.incrementAndGet();
    if (validateThrows) {
      throw new IllegalStateException("validation query failed");
    }
    return !conn.broken;
  }

  @Override
  public void destroy(Conn conn) {
    if (!conn.open.compareAndSet(true, false)) {
      doubleDestroys.incrementAndGet();
    }
    destroyed.add(conn);
  }
}
