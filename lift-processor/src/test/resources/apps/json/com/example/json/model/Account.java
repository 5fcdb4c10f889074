package com.example.json.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public record Account(
    @NotNull UUID id,
    @NotBlank @Size(max = 40) String name,
    @Email String email,
    @JsonProperty("created_at") Instant createdAt,
    @Min(0) @Max(150) int age,
    @DecimalMin(value = "0", inclusive = false) BigDecimal limit,
    Tier tier,
    @NotEmpty List<@Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String> tags,
    Set<Tier> previousTiers,
    @Valid Map<String, Address> addresses,
    Optional<@Size(min = 2) String> nickname,
    @JsonProperty(required = true) Boolean active,
    long[] scores,
    byte[] avatar) {}
