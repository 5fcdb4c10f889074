package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A priming hook: runs before a SnapStart (CRaC) checkpoint, after Lift primed its own request
 * path, so that what it loads and compiles is in the snapshot. Use it to exercise your own code
 * (call a route method with sample data, read a JSON body). Parameters are resources.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BeforeCheckpoint {}
