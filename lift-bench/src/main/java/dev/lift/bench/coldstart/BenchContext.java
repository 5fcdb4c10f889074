package dev.lift.bench.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The Lambda context every contender receives, with the values Lambda gives a 1024 MB function. */
public final class BenchContext implements Context {
  public static final BenchContext INSTANCE = new BenchContext();

  private static final LambdaLogger LOGGER =
      new LambdaLogger() {
        @Override
        public void log(String message) {
          System.err.print(message);
        }

        @Override
        public void log(byte[] message) {
          System.err.print(new String(message, StandardCharsets.UTF_8));
        }
      };

  @Override
  public String getAwsRequestId() {
    return "6f1c2d3e-0000-4000-8000-000000000001";
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/bench";
  }

  @Override
  public String getLogStreamName() {
    return "2024/03/13/[$LATEST]0123456789abcdef";
  }

  @Override
  public String getFunctionName() {
    return "bench";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:123456789012:function:bench";
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
    return LOGGER;
  }
}
