package com.medvisionlab.secondopinion;

import java.util.List;

/**
 * Whether an answer agrees with a case's reference read. One bean: the default compares diagnoses
 * ({@link DiagnosisAgreement}); the reading feature's finding extraction can replace it with a finding-by-finding
 * measure without touching batch runs.
 */
public interface AgreementMeasure {

    Agreement measure(OpinionRecord answer, Reference reference);

    /** The instructor's reference read as it was when the batch started. */
    record Reference(String diagnosis, List<String> findings) {

        public Reference {
            findings = List.copyOf(findings);
        }

        public boolean isEmpty() {
            return diagnosis.isBlank() && findings.stream().allMatch(String::isBlank);
        }
    }

    enum Agreement {
        AGREES,
        DISAGREES,
        /** No reference to compare with, or no answer (yet). */
        NOT_MEASURED
    }
}
