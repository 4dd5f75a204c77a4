package com.medvisionlab.redaction;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * PLACEHOLDER until the review feature lands: remembers in memory which instances need review, so callers can be
 * built and tested against the interfaces. Replaced by the persistent implementation.
 */
@Component
class PlaceholderRedactionReview implements QuarantineInbox, PublicationCheck {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, String> studyOf = new ConcurrentHashMap<>();

    @Override
    public void quarantine(
            String studyInstanceUid,
            String seriesInstanceUid,
            String sopInstanceUid,
            byte[] encoded,
            List<String> reasons,
            String actor) {
        pending.add(sopInstanceUid);
        studyOf.put(sopInstanceUid, studyInstanceUid);
    }

    @Override
    public void redactedAutomatically(
            String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, List<String> redactedAreas) {
        pending.add(sopInstanceUid);
        studyOf.put(sopInstanceUid, studyInstanceUid);
    }

    @Override
    public List<String> unconfirmedInstances(Collection<String> studyInstanceUids) {
        return pending.stream()
                .filter(sop -> studyInstanceUids.contains(studyOf.get(sop)))
                .sorted()
                .toList();
    }
}
