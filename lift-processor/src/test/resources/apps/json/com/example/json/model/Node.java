package com.example.json.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A recursive type whose children are checked through @Valid. */
public record Node(@NotBlank String label, @Valid List<Node> children) {}
