package com.medvisionlab.ingest;

import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one upload, counted against the {@link IngestLimits}: each file and each zip entry (unpacked, see
 * {@link ArchiveReader}) counts once towards {@code maxFiles} and with its size towards {@code maxTotalSize}. Once a
 * limit is reached, what comes after is refused with a reason and nothing of it is kept. Thread-safe; in memory only.
 */
public final class UploadBatch {

    /**
     * What one uploaded file gave.
     *
     * @param files   to ingest, in archive order
     * @param refused not taken, with why (the caller reports them like any other {@link Rejected} outcome)
     */
    public record Unpacked(List<IncomingFile> files, List<Rejected> refused) {
        public Unpacked {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }
    }

    private final IngestLimits limits;
    private long totalBytes;
    private int fileCount;
    private boolean full;

    public UploadBatch(IngestLimits limits) {
        this.limits = limits;
    }

    /**
     * A zip (by its magic bytes, whatever its name) is unpacked; any other file is taken as it is. A file of an
     * uploaded folder (named by its path in it) that a zip entry would be skipped for, a dot file or DICOMDIR, is
     * skipped the same way: nothing, not even a line in the summary, and not counted.
     */
    public synchronized Unpacked add(IncomingFile upload) {
        List<IncomingFile> files = new ArrayList<>();
        List<Rejected> refused = new ArrayList<>();
        if (ArchiveReader.skipped(upload.name().replace('\\', '/'))) {
            return new Unpacked(files, refused);
        }
        if (ArchiveReader.isZip(upload.content())) {
            new ArchiveReader(this).unpack(upload, files, refused);
        } else {
            admit(upload.name(), upload.content().length).ifPresentOrElse(refused::add, () -> files.add(upload));
        }
        return new Unpacked(files, refused);
    }

    /** How much room is left for one more file, in bytes (what a receiver may still accept). */
    public synchronized long remainingBytes() {
        return full ? 0 : limits.maxTotalSize() - totalBytes;
    }

    /** Files counted so far. */
    public synchronized int fileCount() {
        return fileCount;
    }

    /**
     * Counts a file of {@code size} bytes in, or says why it cannot come in. Called for each top-level file and for
     * each zip entry once its size is known.
     */
    synchronized java.util.Optional<Rejected> admit(String name, long size) {
        if (size > limits.maxFileSize()) {
            return java.util.Optional.of(new Rejected(
                    name,
                    RejectionCause.TOO_LARGE,
                    IngestReason.of(
                            IngestReasons.TOO_LARGE,
                            IngestReasons.size(size),
                            IngestReasons.size(limits.maxFileSize()))));
        }
        if (full || fileCount + 1 > limits.maxFiles()) {
            full = true;
            return java.util.Optional.of(new Rejected(
                    name,
                    RejectionCause.TOO_LARGE,
                    IngestReason.of(IngestReasons.TOO_MANY_FILES, Integer.toString(limits.maxFiles()))));
        }
        if (totalBytes + size > limits.maxTotalSize()) {
            full = true;
            return java.util.Optional.of(new Rejected(
                    name,
                    RejectionCause.TOO_LARGE,
                    IngestReason.of(IngestReasons.BATCH_TOO_LARGE, IngestReasons.size(limits.maxTotalSize()))));
        }
        fileCount++;
        totalBytes += size;
        return java.util.Optional.empty();
    }

    /** Whether a limit of the upload has been reached: nothing more is read. */
    synchronized boolean full() {
        return full;
    }

    /** The most bytes the next file may have: its own limit or what is left of the upload's. */
    synchronized long nextFileLimit() {
        return Math.min(limits.maxFileSize(), limits.maxTotalSize() - totalBytes);
    }
}
