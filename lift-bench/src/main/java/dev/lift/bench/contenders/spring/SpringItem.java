package dev.lift.bench.contenders.spring;

public record SpringItem(String id, String name, int stock) {}
