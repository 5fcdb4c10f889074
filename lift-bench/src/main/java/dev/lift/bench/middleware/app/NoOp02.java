package dev.lift.bench.middleware.app;

import dev.lift.runtime.middleware.Middleware;

/** A middleware that does nothing: every method keeps the interface's default. */
public final class NoOp02 implements Middleware {}
