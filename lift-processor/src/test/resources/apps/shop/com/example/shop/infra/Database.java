package com.example.shop.infra;

/** A connection: AutoCloseable, so the init registers it to be closed at shutdown. */
public final class Database implements AutoCloseable {
  private final String url;

  public Database(String url) {
    this.url = url;
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {}
}
