package com.medvisionlab.dicom.io;

/**
 * How a reader treats large values, pixel data and nesting. Build with {@link #builder()}; {@link #defaults()} loads
 * values up to 64 KiB and leaves larger ones (pixel data) in the file as {@code BulkData} references.
 */
public record ReadOptions(
        LargeValues largeValues, long largeValueThreshold, PixelDataHandling pixelData, int maxSequenceDepth) {

    /** What to do with a value longer than {@link #largeValueThreshold()}. */
    public enum LargeValues {
        /** Read it into memory. */
        LOAD,
        /** Keep a {@code BulkData} reference (file, offset, length) when the source is a file; load otherwise. */
        REFERENCE
    }

    /** Whether parsing continues into the top-level Pixel Data (7FE0,0010). */
    public enum PixelDataHandling {
        READ,
        /** Stop before (7FE0,0010): header-only reads. */
        STOP_BEFORE
    }

    public ReadOptions {
        if (largeValueThreshold < 0 || maxSequenceDepth < 1) {
            throw new IllegalArgumentException("threshold must be >= 0 and depth >= 1");
        }
    }

    public static ReadOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; every setting has a sensible default. */
    public static final class Builder {
        private LargeValues largeValues = LargeValues.REFERENCE;
        private long largeValueThreshold = 64 * 1024;
        private PixelDataHandling pixelData = PixelDataHandling.READ;
        private int maxSequenceDepth = 64;

        private Builder() {}

        public Builder largeValues(LargeValues largeValues, long threshold) {
            this.largeValues = largeValues;
            this.largeValueThreshold = threshold;
            return this;
        }

        public Builder loadAllValues() {
            return largeValues(LargeValues.LOAD, largeValueThreshold);
        }

        public Builder pixelData(PixelDataHandling pixelData) {
            this.pixelData = pixelData;
            return this;
        }

        public Builder maxSequenceDepth(int depth) {
            this.maxSequenceDepth = depth;
            return this;
        }

        public ReadOptions build() {
            return new ReadOptions(largeValues, largeValueThreshold, pixelData, maxSequenceDepth);
        }
    }
}
