package com.medvisionlab.ingest;

import com.medvisionlab.base.AuditableAction;

/**
 * What ingest writes to the audit trail, one row per file. The target is the de-identified SOP Instance UID (never
 * an original identifier, never the uploaded file's name, which may carry a patient's name).
 */
enum IngestAuditAction implements AuditableAction {
    INGEST_STORED,
    INGEST_ALREADY_PRESENT,
    INGEST_QUARANTINED,
    INGEST_REJECTED;

    static final String TARGET_TYPE = "instance";
}
