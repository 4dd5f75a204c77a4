package com.medvisionlab.dicomweb;

import com.medvisionlab.base.AuditableAction;

/** One audit row per DICOMweb request, by route kind; the target is the study ({@code study}, its de-identified UID). */
public enum DicomWebAuditAction implements AuditableAction {
    /** QIDO-RS search. */
    DICOMWEB_SEARCH,
    /** WADO-RS retrieve: instances, metadata, frames, rendered images, thumbnails. */
    DICOMWEB_RETRIEVE,
    /** STOW-RS store. */
    DICOMWEB_STORE;

    static final String TARGET_TYPE = "study";
}
