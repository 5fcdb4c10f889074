package com.example.shop;

import dev.lift.annotations.LiftApplication;

/** The shop's HTTP API: one Lambda function serving every route below this package. */
@LiftApplication
public class ShopApp {}
