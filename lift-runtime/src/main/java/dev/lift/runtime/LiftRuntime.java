package dev.lift.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.event.HttpEvents;
import dev.lift.runtime.event.NotAnHttpEventException;
import dev.lift.runtime.event.UnreadableEventException;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.HttpMethod;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.init.Init;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * Serves one invocation: decodes the HTTP event from the stream, runs the generated dispatcher,
 * turns every error into the standard error body, and writes the response in the event's shape.
 * Generated entry classes extend it and delegate {@code handleRequest} to {@link #handle}.
 *
 * <ul>
 *   <li>A {@link LiftError} answers with its status and the standard error body ({@link
 *       dev.lift.runtime.error.ErrorResponses}); 5xx ones are also logged, since they mean something failed on our side.
 *   <li>Any other exception, and {@link StackOverflowError} and other {@link Error}s that are not
 *       {@link VirtualMachineError}s, is logged once as a JSON line ({@link Recovery}) and answers
 *       500 {@code INTERNAL} without any detail of the failure. Other virtual machine errors (out
 *       of memory) fail the invocation, so Lambda replaces the broken environment.
 *   <li>A document that is no HTTP event throws {@link NotAnHttpEventException} out of {@link
 *       #handle}, failing the invocation: there is nobody to answer.
 *   <li>{@code request_id} is Lambda's request id ({@link Context#getAwsRequestId()}), else API
 *       Gateway's; {@code trace_id} is the {@code X-Amzn-Trace-Id} header, else the X-Ray trace of
 *       the invocation (system property {@code com.amazonaws.xray.traceHeader}, set by the Java
 *       runtime, or environment variable {@code _X_AMZN_TRACE_ID}).
 *   <li>With {@link LiftConfig#timeoutMarginMillis()} above 0 and a context that reports the time
 *       remaining, the dispatcher runs on one reusable daemon thread, and a request still running
 *       {@code margin} ms before the Lambda deadline answers 504 {@code TIMEOUT} (logged with the
 *       worker's stack trace). The request cannot be stopped and keeps running; until it ends,
 *       further requests answer 503 {@code UNAVAILABLE} at once. The 504 and 503 are made here,
 *       outside the application's middleware: they carry no CORS or other middleware headers, and
 *       when the overrunning request ends, its middleware still logs it with its own status.
 * </ul>
 *
 * <p>A generated entry class <em>is</em> its runtime: it extends this class and overrides {@link
 * #dispatch}, {@link #routePattern}, {@link #primeRouting} and the checkpoint hooks, so that a cold
 * start loads neither a separate {@link Dispatcher} nor a second object (each class a fresh JVM
 * loads costs its first request 0.3 to 0.7 ms). Code that dispatches by other means (tests,
 * benchmarks) wraps a {@link Dispatcher} with {@link #LiftRuntime(Dispatcher)}; the methods then
 * delegate to it.
 */
public class LiftRuntime {
  /** The wrapped dispatcher, or {@code null} in a generated subclass, which overrides its methods. */
  private final Dispatcher dispatcher;
  /**
   * The two settings of {@link LiftConfig}, held as they are: the constructor an entry class
   * calls reads them from the environment without creating a {@code LiftConfig}, one class less
   * on the cold start.
   */
  private final int maxBodyBytes;
  private final int timeoutMarginMillis;
  /**
   * Only with a timeout margin: its atomics and executor classes cost a cold start that never
   * uses them.
   */
  private final DispatchWorker worker;

  /** With the settings of {@link LiftConfig#fromEnvironment()}. */
  public LiftRuntime(Dispatcher dispatcher) {
    this(Objects.requireNonNull(dispatcher, "dispatcher"),
        maxBodyBytes(System.getenv(MAX_BODY_BYTES)),
        timeoutMarginMillis(System.getenv(TIMEOUT_MARGIN_MS)));
  }

  public LiftRuntime(Dispatcher dispatcher, LiftConfig config) {
    this(Objects.requireNonNull(dispatcher, "dispatcher"), config.maxBodyBytes(), config.timeoutMarginMillis());
  }

  /**
   * For generated entry classes, which override {@link #dispatch} and the other methods, with the
   * settings of {@link LiftConfig#fromEnvironment()}.
   */
  protected LiftRuntime() {
    this(null, maxBodyBytes(System.getenv(MAX_BODY_BYTES)), timeoutMarginMillis(System.getenv(TIMEOUT_MARGIN_MS)));
  }

  private LiftRuntime(Dispatcher dispatcher, int maxBodyBytes, int timeoutMarginMillis) {
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
    this.timeoutMarginMillis = timeoutMarginMillis;
    this.worker = timeoutMarginMillis > 0 ? new DispatchWorker() : null;
  }

  /** The environment variables of the two settings. */
  static final String MAX_BODY_BYTES = "LIFT_MAX_BODY_BYTES";
  static final String TIMEOUT_MARGIN_MS = "LIFT_TIMEOUT_MARGIN_MS";

  /** {@code LIFT_MAX_BODY_BYTES} from its value, {@link LiftConfig#DEFAULT_MAX_BODY_BYTES} when unset. */
  static int maxBodyBytes(String value) {
    return setting(MAX_BODY_BYTES, value, LiftConfig.DEFAULT_MAX_BODY_BYTES);
  }

  /** {@code LIFT_TIMEOUT_MARGIN_MS} from its value, 0 (off) when unset. */
  static int timeoutMarginMillis(String value) {
    return setting(TIMEOUT_MARGIN_MS, value, 0);
  }

  /**
   * A non-negative integer setting: {@code fallback} when unset or blank.
   *
   * @throws IllegalStateException naming the variable when the value is no such integer
   */
  private static int setting(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(name + " must be a non-negative integer, got '" + value + "'");
  }

  /**
   * Serves the event in {@code in}, writing the response to {@code out}.
   *
   * @throws NotAnHttpEventException when the event is no HTTP event
   * @throws IOException when a stream fails
   */
  public final void handle(InputStream in, OutputStream out, Context context) throws IOException {
    Request request;
    try {
      request = HttpEvents.decode(in, maxBodyBytes);
    } catch (RuntimeException e) {
      // Not catch (UnreadableEventException): the verifier would load it and LiftError for every
      // cold start (see dev.lift.runtime.error.Failures). Others, NotAnHttpEventException among
      // them, fail the invocation.
      if (!(e instanceof UnreadableEventException)) {
        throw e;
      }
      ((UnreadableEventException) e).answer(context, out);
      return;
    }
    boolean head = request.methodCode() == HttpMethod.HEAD;
    HttpEvents.encode(request.kind(), head, respond(request, context), out);
  }

  private WireResponse respond(Request request, Context context) {
    Exchange exchange = new Exchange(request, context);
    int margin = timeoutMarginMillis;
    int remaining = margin > 0 && context != null ? context.getRemainingTimeInMillis() : 0;
    if (remaining > 0) {
      // Not this::dispatch: the first method reference of a JVM costs a cold start the lambda bootstrap.
      return worker.dispatch(exchange, new Function<Exchange, WireResponse>() {
        @Override
        public WireResponse apply(Exchange onWorker) {
          return serve(onWorker);
        }
      }, (long) remaining - margin);
    }
    return serve(exchange);
  }

  private WireResponse serve(Exchange exchange) {
    try {
      WireResponse response = dispatch(exchange);
      if (response == null) {
        throw new IllegalStateException("The dispatcher returned no response");
      }
      return response;
    } catch (Throwable t) {
      // Generated dispatchers recover by themselves; this catches what escaped recovery itself.
      return Recovery.standard(exchange, t);
    }
  }

  /**
   * Matches the request against the compiled route table, binds parameters, calls the route
   * method and encodes its result, running the application's middleware and recovering from
   * errors; what escapes is turned into the standard error body by {@link #handle}. Generated
   * entry classes override it; here it asks the wrapped {@link Dispatcher}.
   */
  public WireResponse dispatch(Exchange exchange) throws Exception {
    if (dispatcher == null) {
      throw new IllegalStateException(getClass().getName()
          + " extends LiftRuntime without overriding dispatch, and wraps no Dispatcher");
    }
    return dispatcher.dispatch(exchange);
  }

  /**
   * Reads a JSON body of the type the generated entry class numbered {@code body}, with the parser
   * on the value's first token; {@link dev.lift.runtime.json.Json#body(Request, LiftRuntime, int)}
   * calls it. Entry classes of applications with few JSON body types override it and {@link
   * #writeBody} with their own code for those types, so that the first request loads neither a
   * codec class nor {@code JsonCodec} (each class a cold start loads costs it about 0.25 ms).
   *
   * @throws IllegalStateException when this runtime has no code for body type {@code body}
   */
  public Object readBody(int body, JsonParser parser) throws IOException {
    throw new IllegalStateException(getClass().getName() + " has no reader for JSON body type " + body);
  }

  /**
   * Writes {@code value}, which may be {@code null}, as a JSON body of the type the generated entry
   * class numbered {@code body}; see {@link #readBody}.
   *
   * @throws IllegalStateException when this runtime has no code for body type {@code body}
   */
  public void writeBody(int body, JsonGenerator generator, Object value) throws IOException {
    throw new IllegalStateException(getClass().getName() + " has no writer for JSON body type " + body);
  }

  /**
   * The pattern of route number {@code route}, for example {@code "GET /users/{id}"}, or {@code
   * null}: lets an {@link Exchange} name its matched route only when someone asks.
   */
  public String routePattern(int route) {
    return dispatcher == null ? null : dispatcher.routePattern(route);
  }

  /** Runs the matcher on a sample path of every route; calls no route method. */
  public void primeRouting() {
    if (dispatcher != null) {
      dispatcher.primeRouting();
    }
  }

  /** The application's {@code @BeforeCheckpoint} hooks, in declaration order. */
  public void beforeCheckpoint() throws Exception {
    if (dispatcher != null) {
      dispatcher.beforeCheckpoint();
    }
  }

  /** The application's {@code @AfterRestore} hooks, in declaration order. */
  public void afterRestore() throws Exception {
    if (dispatcher != null) {
      dispatcher.afterRestore();
    }
  }

  /**
   * Called by generated entry classes once everything is created: primes Lift's request path and
   * registers SnapStart hooks ({@link Init#started}) when {@code LIFT_PRIME_AT_INIT} is {@code
   * true} or a snapshot is possible ({@link #snapshotPossible()}), and otherwise returns without
   * loading {@code Init}, one class less on the cold start.
   */
  public final void started() {
    if ("true".equalsIgnoreCase(System.getenv("LIFT_PRIME_AT_INIT")) || snapshotPossible()) {
      Init.started(this);
    }
  }

  /**
   * Whether this JVM may be snapshotted, so that checkpoint hooks registered now can run. Asked
   * before anything touches {@code org.crac}: initialising {@code org.crac.Core} (which looks up
   * the JDK's CRaC classes by name and fails) costs a cold start 7 to 20 ms (fresh JVMs with
   * {@code -XX:TieredStopAtLevel=1}, JDK 17, 2 busy cores, 10 runs), and the hooks' classes more.
   * Here, in a class every init loads anyway, rather than in one of its own (0.3 to 0.5 ms).
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
   */
  public static boolean snapshotPossible() {
    String initializationType = System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE");
    return snapshotPossible(initializationType, initializationType == null && cracImplemented());
  }

  /**
   * Whether this init may be snapshotted: from Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE},
   * or outside Lambda (the variable unset) whether the JVM implements CRaC.
   */
  public static boolean snapshotPossible(String initializationType, boolean cracImplemented) {
    return initializationType == null ? cracImplemented : "snap-start".equals(initializationType);
  }

  /**
   * Whether {@code org.crac} would find an implementation, asked without loading it: the packages
   * {@code org.crac.Core} looks for in {@code java.base}, or an implementation named by the
   * system property {@code org.crac.Core.Compat}.
   */
  public static boolean cracImplemented() {
    if (System.getProperty("org.crac.Core.Compat") != null) {
      return true;
    }
    java.util.Set<String> jdkPackages = Object.class.getModule().getPackages();
    return jdkPackages.contains("jdk.crac") || jdkPackages.contains("javax.crac");
  }
}
