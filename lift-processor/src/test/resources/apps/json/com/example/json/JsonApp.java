package com.example.json;

import dev.lift.annotations.LiftApplication;

@LiftApplication
public class JsonApp {}
