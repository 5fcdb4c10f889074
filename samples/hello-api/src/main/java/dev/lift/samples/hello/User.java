package dev.lift.samples.hello;

import java.util.UUID;

/** A user as the API returns it, written as JSON through jackson-databind. */
public record User(UUID id, String name, String email, Role role) {}
