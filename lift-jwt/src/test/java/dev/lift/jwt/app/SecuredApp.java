package dev.lift.jwt.app;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;

/** A small application whose routes are protected by annotation, compiled by the Lift processor. */
@LiftApplication
@Middleware(TestAuth.class)
public class SecuredApp {}
