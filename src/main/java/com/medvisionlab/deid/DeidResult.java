package com.medvisionlab.deid;

import com.medvisionlab.deid.report.ActionTally;
import com.medvisionlab.deid.report.Finding;
import java.util.List;
import java.util.Set;

/**
 * The outcome for one file. When {@link #quarantined()} the output must not be written to the destination:
 * {@code findings} are identifiers the verification scan still found, {@code blockingReasons} other reasons
 * (e.g. burned-in text that no pixel cleaner could remove); {@code redactedAreas} says where pixels were blanked
 * (also recorded in De-identification Method).
 */
public record DeidResult(
        ActionTally actions,
        List<Finding> findings,
        List<String> blockingReasons,
        int boxesRedacted,
        Set<DeidOption> appliedOptions,
        List<String> redactedAreas) {

    public DeidResult {
        findings = List.copyOf(findings);
        blockingReasons = List.copyOf(blockingReasons);
        appliedOptions = Set.copyOf(appliedOptions);
        redactedAreas = List.copyOf(redactedAreas);
    }

    public DeidResult(
            ActionTally actions,
            List<Finding> findings,
            List<String> blockingReasons,
            int boxesRedacted,
            Set<DeidOption> appliedOptions) {
        this(actions, findings, blockingReasons, boxesRedacted, appliedOptions, List.of());
    }

    /** Each finding as one PHI-free line ("kind in location"), for callers outside the engine. */
    public List<String> findingDescriptions() {
        return findings.stream().map(Finding::toString).toList();
    }

    public boolean quarantined() {
        return !findings.isEmpty() || !blockingReasons.isEmpty();
    }
}
