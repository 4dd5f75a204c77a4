package com.medvisionlab.base;

/** Audit actions that concern every module: access to a view, page or method was refused. */
public enum AccessAuditAction implements AuditableAction {
    ACCESS_DENIED
}
