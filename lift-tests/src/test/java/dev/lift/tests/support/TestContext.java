package dev.lift.tests.support;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Lambda {@link Context} with a chosen request id. What the function logs through {@link
 * #getLogger()} is kept in {@link #logged()} so a test can look at it.
 */
public final class TestContext implements Context {
  public static final String FUNCTION_NAME = "lift-tests";

  private final String awsRequestId;
  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());

  public TestContext(String awsRequestId) {
    this.awsRequestId = Objects.requireNonNull(awsRequestId, "awsRequestId");
  }

  public List<String> logged() {
    return List.copyOf(logged);
  }

  @Override
  public String getAwsRequestId() {
    return awsRequestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + FUNCTION_NAME;
  }

  @Override
  public String getLogStreamName() {
    return "2024/01/01/[$LATEST]0123456789abcdef";
  }

  @Override
  public String getFunctionName() {
    return FUNCTION_NAME;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:us-east-1:123456789012:function:" + FUNCTION_NAME;
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
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        logged.add(message);
      }

      @Override
      public void log(byte[] message) {
        logged.add(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
