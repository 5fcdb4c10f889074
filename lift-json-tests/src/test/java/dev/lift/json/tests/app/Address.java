package dev.lift.json.tests.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

public record Address(
    @NotBlank String street,
    String city,
    @JsonProperty("postal_code") @Pattern(regexp = "[0-9]{5}") String postalCode,
    LocalDate since) {}
