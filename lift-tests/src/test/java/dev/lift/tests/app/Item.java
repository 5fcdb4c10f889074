package dev.lift.tests.app;

/** A JSON body and result. */
public record Item(String name, int quantity) {}
