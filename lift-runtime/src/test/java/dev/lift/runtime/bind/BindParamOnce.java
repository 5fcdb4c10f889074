package dev.lift.runtime.bind;

import dev.lift.runtime.error.LiftError;

/** Run in a fresh JVM by {@link ParamsLoadTest}: binds one path variable as a {@code long}. */
public final class BindParamOnce {
  private BindParamOnce() {}

  public static void main(String[] args) {
    try {
      System.out.println("bound=" + Params.toLong(args[0], "path variable 'id'"));
    } catch (RuntimeException e) {
      System.out.println("status=" + ((LiftError) e).status() + " message=" + e.getMessage());
    }
  }
}
