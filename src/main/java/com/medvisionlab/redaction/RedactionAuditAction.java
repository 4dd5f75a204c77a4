package com.medvisionlab.redaction;

import com.medvisionlab.base.AuditableAction;

/** What redaction review writes to the audit trail; the target is always an instance (its SOP Instance UID). */
public enum RedactionAuditAction implements AuditableAction {
    OBJECT_QUARANTINED,
    REDACTION_BOXES_CHANGED,
    QUARANTINE_RELEASED,
    QUARANTINE_RELEASE_REFUSED,
    QUARANTINE_DISCARDED,
    REDACTION_CONFIRMED;

    static final String TARGET_TYPE = "instance";
}
