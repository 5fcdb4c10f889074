package com.example.shop.model;

public enum Status {
  OPEN,
  PAID,
  SHIPPED
}
