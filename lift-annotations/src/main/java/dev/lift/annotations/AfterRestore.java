package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A restore hook: runs after a SnapStart (CRaC) snapshot was restored, before the first request.
 * Re-seed randomness, refresh credentials, reconnect pools. Parameters are resources.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AfterRestore {}
