package com.medvisionlab.audit;

import com.medvisionlab.base.AuditableAction;
import org.jspecify.annotations.Nullable;

/** Which audit rows to read: all, or those of one action. */
public record AuditFilter(@Nullable AuditableAction action) {

    public static final AuditFilter ALL = new AuditFilter(null);

    public static AuditFilter action(AuditableAction action) {
        return new AuditFilter(action);
    }
}
