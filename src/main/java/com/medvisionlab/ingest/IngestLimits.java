package com.medvisionlab.ingest;

/**
 * How much one upload may bring ({@code medvision.ingest.*}): everything is held in memory, so these bound the
 * memory an upload can take.
 *
 * @param maxFileSize  bytes of one file, also of one file unpacked from a zip
 * @param maxTotalSize bytes of one upload, zips counted unpacked
 * @param maxFiles     files in one upload, zip entries counted one by one
 */
public record IngestLimits(long maxFileSize, long maxTotalSize, int maxFiles) {

    public IngestLimits {
        if (maxFileSize <= 0 || maxTotalSize < maxFileSize || maxFiles <= 0) {
            throw new IllegalArgumentException("ingest limits must be positive and max-total-size >= max-file-size: "
                    + maxFileSize + ", " + maxTotalSize + ", " + maxFiles);
        }
    }
}
