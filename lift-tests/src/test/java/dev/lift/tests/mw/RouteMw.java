package dev.lift.tests.mw;

/** Route-scope middleware; see {@link Recorder}. */
public class RouteMw extends Recorder {}
