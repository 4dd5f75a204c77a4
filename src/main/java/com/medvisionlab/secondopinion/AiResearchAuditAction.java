package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableAction;

/** What prompt editing and batch validation write to the audit trail (each answer is audited by the queue). */
public enum AiResearchAuditAction implements AuditableAction {
    AI_PROMPT_SAVED,
    AI_BATCH_STARTED,
    AI_BATCH_EXPORTED;

    static final String PROMPT = "ai_prompt";
    static final String BATCH = "ai_batch";
}
