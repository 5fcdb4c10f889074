package dev.lift.json.tests.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A body with a constraint of each kind Lift checks. */
public record SignUp(
    @NotBlank @Size(max = 20) String name,
    @NotNull @Email String email,
    @Size(min = 8, message = "must have at least {min} characters") String password,
    @Min(18) @Max(130) int age,
    @NotNull @Valid Address address,
    @NotEmpty List<@NotBlank String> tags,
    @Positive @DecimalMax("10000.00") BigDecimal deposit,
    @Pattern(regexp = "[A-Z]{2}") String country,
    @AssertTrue boolean terms,
    Map<String, @Valid Address> others,
    Optional<@Size(max = 3) String> code) {}
