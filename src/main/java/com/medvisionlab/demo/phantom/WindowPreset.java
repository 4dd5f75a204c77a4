package com.medvisionlab.demo.phantom;

/** A display window written into the header (Window Center / Width / Explanation), in HU. */
public record WindowPreset(String name, double center, double width) {}
