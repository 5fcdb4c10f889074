package com.example.shop.model;

public record OrderLine(String sku, int quantity) {}
