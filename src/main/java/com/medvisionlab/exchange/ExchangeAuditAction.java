package com.medvisionlab.exchange;

import com.medvisionlab.base.AuditableAction;

/** What case-set exchange writes to the audit trail. */
enum ExchangeAuditAction implements AuditableAction {
    CASE_SET_EXPORTED,
    CASE_SET_IMPORTED,
    CASE_SET_IMPORT_REFUSED;

    static final String CASE_SET = "case_set";
    static final String COURSE = "course";
}
