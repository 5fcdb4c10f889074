package com.example.shop.web;

import dev.lift.annotations.MiddlewareBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/** A binding annotation whose values configure the middleware it applies; every literal kind. */
@MiddlewareBinding(QuotaCheck.class)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Quota {
  int limit();

  TimeUnit per() default TimeUnit.MINUTES;

  String[] tags() default {};

  long burst() default 0L;

  boolean strict() default false;

  Class<?> scope() default Object.class;
}
