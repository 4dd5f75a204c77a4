package com.medvisionlab.secondopinion.classifier;

import com.medvisionlab.base.AuditableAction;

/** What registering classifiers writes to the audit trail; the target is an {@code ai_classifier_model}. */
public enum ClassifierAuditAction implements AuditableAction {
    AI_CLASSIFIER_REGISTERED,
    AI_CLASSIFIER_REMOVED;

    static final String TARGET_TYPE = "ai_classifier_model";
}
