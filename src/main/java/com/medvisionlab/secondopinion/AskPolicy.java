package com.medvisionlab.secondopinion;

import java.util.Optional;

/**
 * Whether the current user may ask the AI about a case now. The default ({@code CaseReadingAskPolicy}) lets anyone ask
 * who may read the case, except an enrolled student of a BLIND_FIRST case set, who is refused until the reading module
 * knows they submitted their own findings: that module replaces the default by declaring its own {@code @Primary}
 * bean of this type.
 */
public interface AskPolicy {

    /** Empty when the current user may ask; otherwise the message key saying why not. */
    Optional<String> refusal(long caseId);
}
