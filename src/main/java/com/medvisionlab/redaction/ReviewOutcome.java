package com.medvisionlab.redaction;

import java.util.List;

/** What a release or a confirmation did. */
public sealed interface ReviewOutcome {

    /** Verified: stored, indexed (for a release) and confirmed. */
    record Done(List<String> redactedAreas) implements ReviewOutcome {
        public Done {
            redactedAreas = List.copyOf(redactedAreas);
        }
    }

    /** Not done; the object stays as it was. */
    record Refused(List<ReviewMessage> reasons) implements ReviewOutcome {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
