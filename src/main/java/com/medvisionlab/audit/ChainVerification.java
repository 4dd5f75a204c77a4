package com.medvisionlab.audit;

import java.util.Optional;

/** Result of walking the audit chain from the first row: intact, or the first problem found. */
public record ChainVerification(long rowsChecked, Optional<Problem> firstProblem) {

    public boolean intact() {
        return firstProblem.isEmpty();
    }

    /** What is wrong at {@code rowId}. */
    public enum Kind {
        /** The row with this id is missing (deleted), detected by the next id or the chain head. */
        MISSING_ROW,
        /** The row does not link to its predecessor's hash. */
        BROKEN_LINK,
        /** The row's content no longer matches its hash (edited). */
        HASH_MISMATCH
    }

    public record Problem(long rowId, Kind kind) {}

    static ChainVerification intact(long rows) {
        return new ChainVerification(rows, Optional.empty());
    }

    static ChainVerification broken(long rows, long rowId, Kind kind) {
        return new ChainVerification(rows, Optional.of(new Problem(rowId, kind)));
    }
}
