package com.medvisionlab.redaction;

import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.ReviewerRedaction;
import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Blanks a researcher's boxes in a de-identified object through the engine ({@link ReviewerRedaction}: every frame,
 * re-encoded without further loss; {@link ResidualTextCheck} verifies afterwards); the areas it reports are appended
 * to De-identification Method.
 */
final class BoxRedaction {

    /**
     * @param file  the redacted object, its file meta naming the transfer syntax Pixel Data is now in
     * @param bytes the object as a Part 10 file
     * @param areas one line per area blanked, as the engine writes them
     */
    record Redacted(DicomFile file, byte[] bytes, List<String> areas) {}

    /** Why boxes could not be applied. */
    static final class Failed extends Exception {
        private final ReviewMessage reason;

        Failed(ReviewMessage reason) {
            super(reason.key());
            this.reason = reason;
        }

        ReviewMessage reason() {
            return reason;
        }
    }

    private BoxRedaction() {}

    static DicomFile read(byte[] part10) {
        return DicomReader.read(new ByteArrayInputStream(part10), "review object", ReadOptions.defaults());
    }

    static Redacted apply(byte[] part10, List<RedactionBox> boxes) throws Failed {
        DicomFile file;
        try {
            file = read(part10);
        } catch (DicomException e) {
            throw new Failed(ReviewMessage.of("redaction.verify.unreadable"));
        }
        Dataset dataset = file.dataset();
        if (!dataset.contains(Tags.PixelData)) {
            throw new Failed(ReviewMessage.of("redaction.verify.no-pixels"));
        }
        PixelCleaner.Outcome outcome = ReviewerRedaction.blank(
                file, boxes.stream().map(RedactionBox::toRectangle).toList());
        if (!outcome.residualFindings().isEmpty()) {
            // the findings here are about undecodable pixels; their text is English and for the log only
            throw new Failed(ReviewMessage.of("redaction.verify.undecodable"));
        }
        List<String> areas = outcome.redactedAreas();
        if (!areas.isEmpty()) {
            List<String> method = new ArrayList<>(dataset.getStrings(Tags.DeidentificationMethod));
            method.addAll(areas);
            dataset.setString(Tags.DeidentificationMethod, VR.LO, method.toArray(String[]::new));
        }
        TransferSyntax syntax = file.fileMeta()
                .getString(Tags.TransferSyntaxUID)
                .map(TransferSyntax::of)
                .orElse(file.transferSyntax());
        DicomFile redacted = new DicomFile(file.fileMeta(), dataset, syntax);
        return new Redacted(redacted, write(redacted), areas);
    }

    static byte[] write(DicomFile file) {
        var out = new ByteArrayOutputStream();
        try {
            DicomWriter.write(file, out, WriteOptions.keepSourceTransferSyntax());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
