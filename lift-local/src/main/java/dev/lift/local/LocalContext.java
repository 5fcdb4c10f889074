package dev.lift.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link Context} of one local invocation, shaped like Lambda's: a fresh request id, the
 * function name from {@code AWS_LAMBDA_FUNCTION_NAME} (or {@code "local"}), 512 MB, and a
 * remaining time that counts down from the timeout since this context was created.
 */
public final class LocalContext implements Context {
  /** Lambda's default function timeout is 3 s; 30 s leaves room for a debugger's breakpoints. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final int MEMORY_MB = 512;

  private final String requestId = UUID.randomUUID().toString();
  private final String functionName;
  private final long deadlineNanos;
  private final LambdaLogger logger;

  /** A context with the default timeout, logging to standard error. */
  public LocalContext() {
    this(DEFAULT_TIMEOUT, System.err);
  }

  public LocalContext(Duration timeout, PrintStream log) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The timeout must be positive, got " + timeout);
    }
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    this.logger = new StreamLogger(Objects.requireNonNull(log, "log"));
    String name = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
    this.functionName = name == null || name.isBlank() ? "local" : name;
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local/[$LATEST]" + requestId.replace("-", "");
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:local:000000000000:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long remaining = Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
  }

  @Override
  public int getMemoryLimitInMB() {
    return MEMORY_MB;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  /** One line per call, as each call is one CloudWatch log event on Lambda. */
  private static final class StreamLogger implements LambdaLogger {
    private final PrintStream stream;

    StreamLogger(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void log(String message) {
      String text = String.valueOf(message);
      synchronized (stream) {
        stream.print(text);
        if (!text.endsWith("\n")) {
          stream.println();
        }
        stream.flush();
      }
    }

    @Override
    public void log(byte[] message) {
      log(new String(message, StandardCharsets.UTF_8));
    }
  }
}
