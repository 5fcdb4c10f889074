package dev.lift.bench.middleware.app;

import dev.lift.annotations.LiftApplication;

/** The middleware benchmark's application: one static route per chain length (compiled into LiftMiddlewareApi). */
@LiftApplication
public final class MiddlewareApi {}
