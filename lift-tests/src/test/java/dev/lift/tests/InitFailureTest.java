package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.runtime.init.InitFailure;
import dev.lift.runtime.resources.ResourcePoolException;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.wiringfail.Failure;
import dev.lift.tests.wiringfail.FailResources;
import dev.lift.tests.wiringfail.LiftFailApi;
import java.net.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failure during init fails the constructor of the entry class, which Lambda reports as an init
 * error, with an {@link InitFailure} naming the step that failed and why.
 */
class InitFailureTest {
  @AfterEach
  void noMoreFailures() {
    FailResources.failAt = Failure.NONE;
  }

  @Test
  void withoutFailureTheApplicationStarts() {
    Reply reply = Lambda.invoke(new LiftFailApi(), HttpEvent.v2("GET", "/fail"));

    assertEquals("started", reply.body(), reply::toString);
  }

  @Test
  void providerThatThrowsNamesTheResourceAndTheCause() {
    FailResources.failAt = Failure.PROVIDER_THROWS;

    InitFailure failure = assertThrows(InitFailure.class, LiftFailApi::new);

    assertEquals("Lift init failed at resource dev.lift.tests.wiringfail.Database (FailResources.database):"
        + " java.lang.IllegalStateException: database unreachable", failure.getMessage());
    assertInstanceOf(IllegalStateException.class, failure.getCause());
  }

  @Test
  void providerThatReturnsNullNamesTheResource() {
    FailResources.failAt = Failure.PROVIDER_RETURNS_NULL;

    InitFailure failure = assertThrows(InitFailure.class, LiftFailApi::new);

    assertEquals("Lift init failed at resource dev.lift.tests.wiringfail.Database (FailResources.database):"
        + " the @PreWarm method returned null; it must return a value", failure.getMessage());
    assertNull(failure.getCause());
  }

  @Test
  void poolThatCannotFillItsMinimumNamesThePool() {
    FailResources.failAt = Failure.POOL_CANNOT_CONNECT;

    InitFailure failure = assertThrows(InitFailure.class, LiftFailApi::new);

    assertEquals("Lift init failed at resource dev.lift.runtime.resources.ResourcePool<java.lang.String>"
        + " (FailResources.connections): dev.lift.runtime.resources.ResourcePoolException: Pool 'connections'"
        + " could not create an object: java.net.ConnectException: Connection refused", failure.getMessage());
    ResourcePoolException pool = assertInstanceOf(ResourcePoolException.class, failure.getCause());
    assertInstanceOf(ConnectException.class, pool.getCause());
  }

  @Test
  void handlerConstructorThatThrowsNamesTheClass() {
    FailResources.failAt = Failure.HANDLER_CONSTRUCTOR_THROWS;

    InitFailure failure = assertThrows(InitFailure.class, LiftFailApi::new);

    assertEquals("Lift init failed at new FailRoutes: java.lang.UnsupportedOperationException: no routes today",
        failure.getMessage());
  }

  @Test
  void warmUpHookThatThrowsNamesTheHook() {
    FailResources.failAt = Failure.WARM_UP_HOOK_THROWS;

    InitFailure failure = assertThrows(InitFailure.class, LiftFailApi::new);

    assertEquals("Lift init failed at warm-up hook FailResources.warm: java.lang.IllegalArgumentException:"
        + " cache warm-up failed", failure.getMessage());
    assertInstanceOf(IllegalArgumentException.class, failure.getCause());
  }
}
