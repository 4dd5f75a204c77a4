package com.medvisionlab.course;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One finding of the instructor's reference read: what is seen, where, and optionally the key image showing it. Kept
 * one by one so a student's findings can be compared and graded finding by finding.
 *
 * @param keyImageUid SOP Instance UID of the image showing it, or null
 */
@Table("case_finding")
public record ReferenceFinding(
        String finding, String location, @Nullable String keyImageUid) {

    public ReferenceFinding {
        finding = finding.strip();
        location = location.strip();
        keyImageUid = keyImageUid == null || keyImageUid.isBlank() ? null : keyImageUid.strip();
    }
}
