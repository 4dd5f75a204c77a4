package com.medvisionlab.reading;

import com.medvisionlab.course.CaseSetView;
import java.time.Instant;

/**
 * Whether a case set takes its enrolled students' reads now: from its opening date (if any) until its closing date
 * (if any). After closing the set stays readable for review, but no read is saved or submitted any more.
 */
public enum SubmissionWindow {
    OPEN,
    NOT_OPEN_YET,
    CLOSED;

    /** At {@code opensAt} the set is open (as course shows it then); at {@code closesAt} it is closed. */
    static SubmissionWindow of(CaseSetView set, Instant now) {
        var opens = set.opensAt();
        var closes = set.closesAt();
        if (opens != null && now.isBefore(opens)) {
            return NOT_OPEN_YET;
        }
        return closes != null && !now.isBefore(closes) ? CLOSED : OPEN;
    }
}
