package dev.lift.json.tests.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Containers in containers, arrays of primitives and of objects, Optional of an object. */
public record Containers(
    List<Integer> ints,
    Set<String> names,
    Map<String, List<OrderLine>> groups,
    int[] counts,
    String[] words,
    Status[] statuses,
    List<List<String>> matrix,
    Optional<Address> maybeAddress,
    Optional<Integer> maybeNumber,
    long[][] grid) {}
