package dev.lift.samples.hello;

/** The body of {@code POST /users}; fields the client omits read as null. */
public record NewUser(String name, String email, Role role) {}
