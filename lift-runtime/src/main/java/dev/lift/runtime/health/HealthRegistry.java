package dev.lift.runtime.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The service's named health checks, and whether it is ready. Served by {@link HealthRoutes}.
 *
 * <pre>{@code
 * @PreWarm
 * static HealthRegistry health(ResourcePool<Connection> db) {
 *   return HealthRegistry.builder().cacheFor(Duration.ofSeconds(10)).build()
 *       .register("db", HealthChecks.pool(db))
 *       .register("search", HealthChecks.tcp("search.internal", 443, Duration.ofMillis(300)),
 *           CheckOptions.defaults().required(false));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Checks run when a report is asked for, never in the background (a frozen Lambda would
 *       not run it). A result is reused for the cache time, so a flood of health requests does
 *       not become a flood of database pings.
 *   <li>Checks that are due run in parallel, each on a daemon thread of an executor created with
 *       the first report, each with its own timeout: one past it counts as DOWN with "timed out
 *       after N ms". A check still running from an earlier report is waited for, not started
 *       again, so a hanging dependency does not pile up threads.
 *   <li>Readiness: not ready until {@link #markReady()}, which generated init code calls once
 *       init and priming are done; after that, not ready while a required check is DOWN.
 * </ul>
 *
 * <p>Thread-safe; reports are computed one at a time.
 */
public final class HealthRegistry {
  private final long cacheNanos;
  private final boolean showDetails;
  private final LongSupplier nanoClock;
  private final List<Registered> checks = new ArrayList<>();
  private volatile boolean ready;
  private ExecutorService executor;

  /** A registry with the defaults: results cached 5 seconds, details not shown. */
  public HealthRegistry() {
    this(builder());
  }

  private HealthRegistry(Builder b) {
    this.cacheNanos = b.cacheFor.toNanos();
    this.showDetails = b.showDetails;
    this.nanoClock = b.nanoClock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds a required check with a 2 second timeout. */
  public HealthRegistry register(String name, HealthCheck check) {
    return register(name, check, CheckOptions.defaults());
  }

  /**
   * Adds a check.
   *
   * @throws IllegalArgumentException when a check of that name exists
   */
  public synchronized HealthRegistry register(String name, HealthCheck check, CheckOptions options) {
    Objects.requireNonNull(name, "name");
    for (Registered existing : checks) {
      if (existing.name.equals(name)) {
        throw new IllegalArgumentException(
            "A health check named '" + name + "' is already registered; give each check its own name.");
      }
    }
    checks.add(new Registered(name, Objects.requireNonNull(check, "check"), Objects.requireNonNull(options, "options")));
    return this;
  }

  /** Init is done: from now on readiness depends on the required checks only. */
  public void markReady() {
    ready = true;
  }

  /** Whether {@link #markReady()} was called. */
  public boolean isMarkedReady() {
    return ready;
  }

  /** Whether the service should get traffic: marked ready, and no required check DOWN. */
  public boolean isReady() {
    return ready && report().requiredDown().isEmpty();
  }

  /** Whether the {@code /health} body shows each check's details. */
  public boolean showDetails() {
    return showDetails;
  }

  /** Every check's result, running those whose cached result is older than the cache time. */
  public synchronized HealthReport report() {
    long now = nanoClock.getAsLong();
    List<Registered> due = new ArrayList<>(checks.size());
    for (Registered check : checks) {
      if (check.result == null || now - check.resultNanos >= cacheNanos) {
        due.add(check);
      }
    }
    if (!due.isEmpty()) {
      run(due);
    }
    Map<String, CheckResult> results = new LinkedHashMap<>();
    for (Registered check : checks) {
      results.put(check.name, check.result);
    }
    return HealthReport.of(results);
  }

  private void run(List<Registered> due) {
    for (Registered check : due) {
      if (check.running == null) {
        check.startedNanos = System.nanoTime();
        check.running = executor().submit(new TimedCheck(check.check, nanoClock));
      }
    }
    for (Registered check : due) {
      check.result = await(check);
      check.resultNanos = nanoClock.getAsLong();
    }
  }

  private CheckResult await(Registered check) {
    long timeoutNanos = check.options.timeout().toNanos();
    long left = timeoutNanos - (System.nanoTime() - check.startedNanos);
    boolean required = check.options.required();
    try {
      Timed timed = check.running.get(Math.max(0, left), TimeUnit.NANOSECONDS);
      check.running = null;
      return new CheckResult(timed.status.state(), timed.millis, timed.status.details(), required);
    } catch (TimeoutException e) {
      // Left running: the next report waits for it rather than starting another.
      long millis = check.options.timeout().toMillis();
      return new CheckResult(
          HealthStatus.State.DOWN, millis, Map.of("error", "timed out after " + millis + " ms"), required);
    } catch (ExecutionException e) {
      check.running = null;
      return failed(e.getCause(), required);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(e, required);
    }
  }

  private static CheckResult failed(Throwable failure, boolean required) {
    return new CheckResult(HealthStatus.State.DOWN, 0, Map.of("error", String.valueOf(failure)), required);
  }

  private ExecutorService executor() {
    if (executor == null) {
      executor = Executors.newCachedThreadPool(new DaemonThreads());
    }
    return executor;
  }

  private static final class Registered {
    final String name;
    final HealthCheck check;
    final CheckOptions options;
    CheckResult result;
    long resultNanos;
    Future<Timed> running;
    long startedNanos;

    Registered(String name, HealthCheck check, CheckOptions options) {
      this.name = name;
      this.check = check;
      this.options = options;
    }
  }

  private record Timed(HealthStatus status, long millis) {}

  private static final class TimedCheck implements Callable<Timed> {
    private final HealthCheck check;
    private final LongSupplier nanoClock;

    TimedCheck(HealthCheck check, LongSupplier nanoClock) {
      this.check = check;
      this.nanoClock = nanoClock;
    }

    @Override
    public Timed call() throws Exception {
      long start = nanoClock.getAsLong();
      HealthStatus status = check.check();
      if (status == null) {
        throw new IllegalStateException("the check returned null instead of a HealthStatus");
      }
      return new Timed(status, TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - start));
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "lift-health-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** {@link System#nanoTime()}, without bootstrapping lambdas at init. */
  private static final class SystemNanos implements LongSupplier {
    static final SystemNanos INSTANCE = new SystemNanos();

    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }

  /** Cache time, details and clock. */
  public static final class Builder {
    private Duration cacheFor = Duration.ofSeconds(5);
    private boolean showDetails;
    private LongSupplier nanoClock = SystemNanos.INSTANCE;

    private Builder() {}

    /** How long a check's result is reused. Default 5 s; zero runs the checks on every report. */
    public Builder cacheFor(Duration cacheFor) {
      Objects.requireNonNull(cacheFor, "cacheFor");
      if (cacheFor.isNegative()) {
        throw new IllegalArgumentException("cacheFor must not be negative, not " + cacheFor);
      }
      this.cacheFor = cacheFor;
      return this;
    }

    /**
     * Whether {@code /health} shows each check's details (host names, pool sizes, error
     * messages). Default false: the endpoint is often public.
     */
    public Builder showDetails(boolean showDetails) {
      this.showDetails = showDetails;
      return this;
    }

    /**
     * The clock of the cache and of durations, like {@link System#nanoTime()} (the default);
     * tests pass one they control. Timeouts use real time.
     */
    public Builder clock(LongSupplier nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
      return this;
    }

    public HealthRegistry build() {
      return new HealthRegistry(this);
    }
  }
}
