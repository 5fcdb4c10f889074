package dev.lift.tests.wiringfail;

/** Where the next init of {@link FailApi} fails. */
public enum Failure {
  NONE,
  PROVIDER_THROWS,
  PROVIDER_RETURNS_NULL,
  POOL_CANNOT_CONNECT,
  HANDLER_CONSTRUCTOR_THROWS,
  WARM_UP_HOOK_THROWS
}
