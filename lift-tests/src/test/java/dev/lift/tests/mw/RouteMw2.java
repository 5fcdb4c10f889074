package dev.lift.tests.mw;

/** A second route-scope middleware, declared after {@link RouteMw}; see {@link Recorder}. */
public class RouteMw2 extends Recorder {}
