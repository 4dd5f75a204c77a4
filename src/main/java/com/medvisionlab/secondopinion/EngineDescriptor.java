package com.medvisionlab.secondopinion;

/**
 * What an engine is, for records, badges and the queue.
 *
 * @param id             configuration id, stable across restarts (e.g. "medgemma", "djl-cxr-demo")
 * @param kind           what its answers are
 * @param model          the model's name as the engine reports it (e.g. "google/medgemma-4b-it")
 * @param modelVersion   a version or digest of the weights when known, else ""
 * @param imageSize      the square input size images are prepared at (896 for MedGemma)
 * @param maxConcurrency how many requests it takes at once (its batch capacity)
 */
public record EngineDescriptor(
        String id, EngineKind kind, String model, String modelVersion, int imageSize, int maxConcurrency) {

    public enum EngineKind {
        /** Free text from a vision-language model behind an OpenAI-compatible server. */
        VISION_LANGUAGE,
        /** Labelled probabilities from an image classifier run in process. */
        CLASSIFIER
    }
}
