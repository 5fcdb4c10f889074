package dev.lift.tests.mw;

/** Class-scope middleware of {@link TraceRoutes}; see {@link Recorder}. */
public class ClassMw extends Recorder {}
