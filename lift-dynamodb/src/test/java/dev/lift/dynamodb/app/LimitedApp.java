package dev.lift.dynamodb.app;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;

/** Routes limited and made idempotent by annotation, compiled by the Lift processor. */
@LiftApplication
@Middleware(HeaderUser.class)
public class LimitedApp {}
