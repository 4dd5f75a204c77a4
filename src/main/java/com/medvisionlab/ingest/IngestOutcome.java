package com.medvisionlab.ingest;

import java.util.List;

/** What happened to one file; the upload summary and STOW-RS response are built from these. */
public sealed interface IngestOutcome {

    String fileName();

    /** De-identified, verified, encrypted into the store and indexed. */
    record Stored(String fileName, ObjectIds ids) implements IngestOutcome {}

    /** The same de-identified object was stored before; nothing changed. */
    record AlreadyPresent(String fileName, ObjectIds ids) implements IngestOutcome {}

    /** De-identified but not released: a researcher must review it (e.g. burned-in text that could not be removed). */
    record Quarantined(String fileName, ObjectIds ids, List<IngestReason> reasons) implements IngestOutcome {
        public Quarantined {
            reasons = List.copyOf(reasons);
        }
    }

    /** Not taken; nothing of it was stored. */
    record Rejected(String fileName, RejectionCause cause, IngestReason reason) implements IngestOutcome {}

    /** Why a file was refused, coarse enough for STOW-RS failure reasons (PS3.18 Table I.2-1). */
    enum RejectionCause {
        /** Not DICOM, JPEG or PNG, or unreadable (STOW 0xC000). */
        UNREADABLE,
        /** Over a configured size limit (STOW 0xA700). */
        TOO_LARGE,
        /** Contradicts what the portal holds, e.g. another object under the same SOP Instance UID (STOW 0xA900). */
        CONFLICT,
        /** The portal failed (storage, database); the file may be retried (STOW 0x0110). */
        PROCESSING_FAILURE
    }
}
