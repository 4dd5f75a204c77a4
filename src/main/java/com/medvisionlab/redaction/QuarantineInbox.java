package com.medvisionlab.redaction;

import java.util.List;

/** Where ingest hands what needs a human eye. */
public interface QuarantineInbox {

    /**
     * Holds a de-identified object that failed verification (not indexed, not visible to anyone but researchers).
     *
     * @param encoded the de-identified object as a DICOM Part 10 file (encrypted at rest by the implementation)
     * @param reasons message keys of {@code messages*.properties} saying why, as the ingest reported them
     */
    void quarantine(
            String studyInstanceUid,
            String seriesInstanceUid,
            String sopInstanceUid,
            byte[] encoded,
            List<String> reasons,
            String actor);

    /**
     * Records that a stored (indexed) image had text in its pixels that was redacted automatically; it must be
     * confirmed by a researcher before a case showing it is published.
     *
     * @param redactedAreas one line per area, as the engine wrote into De-identification Method
     */
    void redactedAutomatically(
            String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, List<String> redactedAreas);
}
