package dev.lift.json.tests.app;

import java.util.List;

/** A recursive type. */
public record Tree(String name, List<Tree> children) {}
