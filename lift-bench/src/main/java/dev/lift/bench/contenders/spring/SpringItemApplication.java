package dev.lift.bench.contenders.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The full-framework contender: Spring Boot 3 (Spring MVC) on aws-serverless-java-container. */
@SpringBootApplication
public class SpringItemApplication {}
