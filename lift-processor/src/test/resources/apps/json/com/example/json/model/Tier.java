package com.example.json.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Tier {
  FREE,
  @JsonProperty("pro")
  PRO,
  ENTERPRISE
}
