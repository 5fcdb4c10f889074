package dev.lift.samples.hello.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lift.samples.hello.LiftHelloApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start of the sample, timed the way Lambda splits it: the init (the constructor of the
 * generated {@link LiftHelloApi}, which primes when {@code LIFT_PRIME_AT_INIT=true}), then the
 * first request, then a second one for comparison. Run by {@code bench/priming.sh} in a fresh JVM
 * per measurement; prints one line on standard error:
 *
 * <pre>
 * bench init_ms=41.3 first_request_ms=62.0 second_request_ms=1.2 status=200
 * </pre>
 *
 * Test sources, not the Lambda jar: nothing here is on the deployed path.
 */
public final class FirstRequest {
  private FirstRequest() {}

  public static void main(String[] args) throws IOException {
    byte[] event = Files.readAllBytes(Path.of(args[0])); // read before timing
    Context context = new BenchContext();

    long start = System.nanoTime();
    LiftHelloApi handler = new LiftHelloApi();
    long initialised = System.nanoTime();
    ByteArrayOutputStream first = new ByteArrayOutputStream(1024);
    handler.handleRequest(new ByteArrayInputStream(event), first, context);
    long answered = System.nanoTime();
    ByteArrayOutputStream second = new ByteArrayOutputStream(1024);
    handler.handleRequest(new ByteArrayInputStream(event), second, context);
    long answeredAgain = System.nanoTime();

    System.err.println("bench init_ms=" + millis(initialised - start)
        + " first_request_ms=" + millis(answered - initialised)
        + " second_request_ms=" + millis(answeredAgain - answered)
        + " status=" + status(first.toString(StandardCharsets.UTF_8)));
  }

  private static String millis(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
  }

  /** The {@code statusCode} of the response document, without a JSON parser. */
  private static String status(String response) {
    int at = response.indexOf("\"statusCode\":");
    if (at < 0) {
      return "none";
    }
    int from = at + "\"statusCode\":".length();
    int to = from;
    while (to < response.length() && (Character.isDigit(response.charAt(to)) || response.charAt(to) == ' ')) {
      to++;
    }
    return response.substring(from, to).strip();
  }

  private static final class BenchContext implements Context {
    @Override
    public String getAwsRequestId() {
      return "bench-0000";
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/hello-api";
    }

    @Override
    public String getLogStreamName() {
      return "bench";
    }

    @Override
    public String getFunctionName() {
      return "hello-api";
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:us-east-1:123456789012:function:hello-api";
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
      return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          System.err.print(message);
        }

        @Override
        public void log(byte[] message) {
          System.err.print(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
