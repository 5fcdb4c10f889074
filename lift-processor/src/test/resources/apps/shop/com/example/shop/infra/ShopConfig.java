package com.example.shop.infra;

/** Settings read once at init; every other resource starts from them. */
public record ShopConfig(String region, String databaseUrl) {}
