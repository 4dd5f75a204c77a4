package com.medvisionlab.base;

/**
 * What an audit row says was done. Each module lists its actions in its own enum implementing this interface and
 * declares the enum as an {@link AuditableActions} bean, so a typo cannot invent a new action and the audit view can
 * list them all. The {@link #name()} is stored in every row: unique across the portal, upper-case, never renamed.
 */
public interface AuditableAction {

    /** The stored code, e.g. {@code USER_CREATED}; enums provide it. */
    String name();
}
