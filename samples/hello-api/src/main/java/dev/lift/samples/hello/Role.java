package dev.lift.samples.hello;

/** Bound from query strings by exact name: {@code ?role=ADMIN}. */
public enum Role {
  ADMIN,
  MEMBER,
  GUEST
}
