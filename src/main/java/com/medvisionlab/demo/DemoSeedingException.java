package com.medvisionlab.demo;

/** Demo content could not be seeded; the message names generated files only (no PHI exists in the demo). */
public class DemoSeedingException extends RuntimeException {

    DemoSeedingException(String message) {
        super(message);
    }
}
