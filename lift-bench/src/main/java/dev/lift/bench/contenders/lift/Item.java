package dev.lift.bench.contenders.lift;

public record Item(String id, String name, int stock) {}
