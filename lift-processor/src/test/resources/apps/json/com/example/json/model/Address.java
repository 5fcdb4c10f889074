package com.example.json.model;

import jakarta.validation.constraints.NotBlank;

public record Address(@NotBlank String street, String city, String country) {}
