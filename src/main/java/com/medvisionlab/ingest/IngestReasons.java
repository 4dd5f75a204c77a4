package com.medvisionlab.ingest;

import java.util.Locale;

/** The message keys of every {@link IngestReason} ingest gives (texts in {@code messages*.properties}). */
final class IngestReasons {

    static final String TOO_LARGE = "ingest.reason.too-large";
    static final String NOT_SUPPORTED = "ingest.reason.not-supported";
    static final String UNREADABLE_DICOM = "ingest.reason.unreadable-dicom";
    static final String UNREADABLE_IMAGE = "ingest.reason.unreadable-image";
    static final String DICOMDIR = "ingest.reason.dicomdir";
    static final String MISSING_UID = "ingest.reason.missing-uid";
    static final String UNPROCESSABLE = "ingest.reason.unprocessable";
    static final String CONFLICT = "ingest.reason.conflict";
    static final String PROCESSING_FAILURE = "ingest.reason.processing-failure";
    static final String IDENTIFIER_LEFT = "ingest.quarantine.identifier-left";
    static final String PIXELS_NEED_REVIEW = "ingest.quarantine.pixels";

    private IngestReasons() {}

    /** A size as people read it, e.g. {@code 512 MB}, {@code 1.5 GB}; the same in both languages. */
    static String size(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0
                ? bytes + " bytes"
                : String.format(
                        Locale.ROOT,
                        value >= 100 || value == Math.rint(value) ? "%.0f %s" : "%.1f %s",
                        value,
                        units[unit]);
    }
}
