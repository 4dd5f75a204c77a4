package com.medvisionlab.deid;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.pixels.OcrEngine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The standard pixel cleaner and an English OCR engine for one test class, opened before its tests and closed after
 * them. Use as {@code @RegisterExtension static final PixelTools TOOLS = new PixelTools();}.
 */
final class PixelTools implements BeforeAllCallback, AfterAllCallback {

    private DicomPixelCleaner cleaner;
    private OcrEngine ocr;

    @Override
    public void beforeAll(ExtensionContext context) {
        cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults());
        ocr = new OcrEngine();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cleaner.close();
        ocr.close();
    }

    DicomPixelCleaner cleaner() {
        return cleaner;
    }

    OcrEngine ocr() {
        return ocr;
    }
}
