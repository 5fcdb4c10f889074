package com.example.shop.model;

import java.util.List;

public record Order(long id, List<OrderLine> lines, Status status) {}
