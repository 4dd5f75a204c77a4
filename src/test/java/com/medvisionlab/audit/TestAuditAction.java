package com.medvisionlab.audit;

import com.medvisionlab.base.AuditableAction;

/** An action of a module that does not exist yet, as a test publishes it. */
enum TestAuditAction implements AuditableAction {
    CASE_PUBLISHED
}
