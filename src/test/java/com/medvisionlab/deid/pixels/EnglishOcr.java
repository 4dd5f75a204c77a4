package com.medvisionlab.deid.pixels;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An English OCR engine for one test class, opened before its tests and closed after them (loading the model is the
 * slow part). Use as {@code @RegisterExtension static final EnglishOcr OCR = new EnglishOcr();}.
 */
final class EnglishOcr implements BeforeAllCallback, AfterAllCallback {

    private OcrEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = new OcrEngine();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
    }

    OcrEngine engine() {
        return engine;
    }
}
