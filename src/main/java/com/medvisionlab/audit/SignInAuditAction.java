package com.medvisionlab.audit;

import com.medvisionlab.base.AuditableAction;

/** What the audit module records from Spring Security's own events (denials are {@code ACCESS_DENIED}). */
enum SignInAuditAction implements AuditableAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT
}
