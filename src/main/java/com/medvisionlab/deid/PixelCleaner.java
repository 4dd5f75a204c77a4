package com.medvisionlab.deid;

import java.util.List;

/**
 * Extension point for the Clean Pixel Data / Clean Recognizable Visual Features options (burned-in text, faces),
 * implemented elsewhere. The engine calls it once per file after the header is de-identified. The default
 * {@link #NONE} never touches pixel data, so images without burned-in PHI stay byte-identical.
 */
public interface PixelCleaner {

    PixelCleaner NONE = new PixelCleaner() {
        @Override
        public boolean inspectsPixels() {
            return false;
        }

        @Override
        public Outcome clean(AttributeTree dataset, DeidConfig config) {
            return new Outcome(0, List.of());
        }
    };

    /**
     * Whether this cleaner really analyses pixels; only then is Clean Pixel Data (113101) recorded as applied and
     * Burned In Annotation set to NO.
     */
    boolean inspectsPixels();

    Outcome clean(AttributeTree dataset, DeidConfig config);

    /** Boxes blanked and anything the cleaner found but could not remove (blocks the file). */
    record Outcome(int boxesRedacted, List<String> residualFindings) {
        public Outcome {
            residualFindings = List.copyOf(residualFindings);
        }
    }
}
