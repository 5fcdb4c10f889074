package dev.lift.json.tests.app;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Status {
  NEW,
  PAID,
  @JsonProperty("shipped")
  SHIPPED
}
