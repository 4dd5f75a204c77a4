/**
 * The append-only, hash-chained audit trail.
 *
 * <p>How to audit something: list the module's actions in an enum implementing
 * {@link com.medvisionlab.base.AuditableAction}, declare it as an {@link com.medvisionlab.base.AuditableActions} bean
 * (so the audit view can offer its actions as a filter; each needs a display name {@code audit.action.<NAME>} in both
 * message bundles), and publish an {@link com.medvisionlab.base.AuditableEvent} with Spring's
 * {@code ApplicationEventPublisher}. {@link com.medvisionlab.audit.AuditService} records it synchronously in the
 * publisher's transaction (so the change and its row commit together), stamping the current user, role, client
 * address and time. Sign-in success/failure, sign-out and access denials are recorded from Spring Security's own
 * events. {@link com.medvisionlab.audit.AuditService#verify()} walks the chain and names the first missing,
 * re-linked or edited row; on PostgreSQL a trigger also rejects UPDATE, DELETE and TRUNCATE.
 */
@NullMarked
package com.medvisionlab.audit;

import org.jspecify.annotations.NullMarked;
