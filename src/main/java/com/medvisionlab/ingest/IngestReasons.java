package com.medvisionlab.ingest;

import java.util.Locale;

/** The message keys of every {@link IngestReason} ingest gives (texts in {@code messages*.properties}). */
public final class IngestReasons {

    public static final String TOO_LARGE = "ingest.reason.too-large";
    public static final String NOT_SUPPORTED = "ingest.reason.not-supported";
    public static final String UNREADABLE_DICOM = "ingest.reason.unreadable-dicom";
    public static final String UNREADABLE_IMAGE = "ingest.reason.unreadable-image";
    public static final String DICOMDIR = "ingest.reason.dicomdir";
    public static final String MISSING_UID = "ingest.reason.missing-uid";
    public static final String UNPROCESSABLE = "ingest.reason.unprocessable";
    public static final String CONFLICT = "ingest.reason.conflict";
    public static final String PROCESSING_FAILURE = "ingest.reason.processing-failure";
    public static final String TOO_MANY_FILES = "ingest.reason.too-many-files";
    public static final String BATCH_TOO_LARGE = "ingest.reason.batch-too-large";
    public static final String UNSAFE_PATH = "ingest.reason.unsafe-path";
    public static final String COMPRESSION_RATIO = "ingest.reason.compression-ratio";
    public static final String NESTED_ARCHIVE = "ingest.reason.nested-archive";
    public static final String UNREADABLE_ARCHIVE = "ingest.reason.unreadable-archive";
    public static final String IDENTIFIER_LEFT = "ingest.quarantine.identifier-left";
    public static final String PIXELS_NEED_REVIEW = "ingest.quarantine.pixels";

    private IngestReasons() {}

    /** A size as people read it, e.g. {@code 512 MB}, {@code 1.5 GB}; the same in both languages. */
    public static String size(long bytes) {
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
