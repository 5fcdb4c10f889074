package com.example.shop.model;

import java.util.UUID;

public record Customer(UUID id, String name, String email) {}
