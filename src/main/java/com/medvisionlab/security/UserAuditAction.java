package com.medvisionlab.security;

import com.medvisionlab.base.AuditableAction;

/** What the security module writes to the audit trail; the target is always an {@code app_user}. */
public enum UserAuditAction implements AuditableAction {
    USER_CREATED,
    USER_PASSWORD_RESET,
    USER_ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_CHANGED,
    ACCOUNT_LOCKED;

    /** The audit target type of every action here. */
    static final String TARGET_TYPE = "app_user";
}
