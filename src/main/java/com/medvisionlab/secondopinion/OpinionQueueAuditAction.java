package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableAction;

/** What the queue writes to the audit trail: one row per finished AI call (engine, model, case, status, latency). */
enum OpinionQueueAuditAction implements AuditableAction {
    AI_CALL;

    static final String REQUEST = "opinion_request";
}
