package com.medvisionlab.apitoken;

import com.medvisionlab.base.AuditableAction;

/** What the token module writes to the audit trail; the target is always an {@code api_token} (its id). */
public enum ApiTokenAuditAction implements AuditableAction {
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED;

    static final String TARGET_TYPE = "api_token";
}
