package dev.lift.tests.wiringfail;

/** The resource whose provider fails. */
public final class Database {}
