package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.dicom.data.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * Extension point for the Clean Pixel Data / Clean Recognizable Visual Features options (burned-in text, faces),
 * implemented elsewhere ({@code com.medvisionlab.deid.dicompixels.DicomPixelCleaner} for burned-in text, which the
 * {@code deid} command installs whenever CLEAN_PIXEL_DATA is on). The engine calls it once per file after the header
 * is de-identified; residual findings quarantine the file. The default
 * {@link #NONE} never touches pixel data, so images without burned-in PHI stay byte-identical.
 */
public interface PixelCleaner {

    PixelCleaner NONE = new PixelCleaner() {
        @Override
        public boolean inspectsPixels() {
            return false;
        }

        @Override
        public Outcome clean(Dataset dataset, DeidConfig config) {
            return new Outcome(0, List.of());
        }
    };

    /**
     * Whether this cleaner really analyses pixels; only then is Clean Pixel Data (113101) recorded as applied and
     * Burned In Annotation set to NO.
     */
    boolean inspectsPixels();

    Outcome clean(Dataset dataset, DeidConfig config);

    /**
     * The call the engine makes: like {@link #clean(Dataset, DeidConfig)} but with what the engine knew before
     * it changed the header (the input's identifiers for verification, the original SOP Instance UID for reviewer
     * boxes) and the file meta (a cleaner that re-encodes pixel data updates its Transfer Syntax UID there).
     */
    default Outcome clean(Dataset dataset, DeidConfig config, Context context) {
        return clean(dataset, config);
    }

    /**
     * @param fileMeta               group 0002 (may be empty for a bare dataset); Transfer Syntax UID is authoritative
     *                               for how the output is written
     * @param identifiers            identifying values of the input, collected before de-identification
     * @param originalSopInstanceUid the input's SOP Instance UID (the output's is remapped)
     * @param originalDates          the input's DA values of the patient and study (birth, study, series,
     *                               acquisition, content), {@code YYYYMMDD}, before any shift
     */
    record Context(
            Dataset fileMeta,
            IdentifyingValues identifiers,
            Optional<String> originalSopInstanceUid,
            List<String> originalDates) {
        public Context {
            originalDates = List.copyOf(originalDates);
        }
    }

    /**
     * Boxes blanked, anything the cleaner found but could not remove (blocks the file), and one short line per
     * redacted area (each at most 64 characters, so it fits a De-identification Method LO value), e.g.
     * {@code "pixels redacted 12,8 310x24 frames 1-10 detected"}.
     */
    record Outcome(int boxesRedacted, List<String> residualFindings, List<String> redactedAreas) {
        public Outcome {
            residualFindings = List.copyOf(residualFindings);
            redactedAreas = List.copyOf(redactedAreas);
        }

        public Outcome(int boxesRedacted, List<String> residualFindings) {
            this(boxesRedacted, residualFindings, List.of());
        }
    }
}
