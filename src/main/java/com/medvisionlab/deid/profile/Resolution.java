package com.medvisionlab.deid.profile;

import java.util.Optional;

/**
 * The outcome of {@link ActionResolver}: what to do, the table cell it came from, and which option column (if any)
 * overrode the basic profile. The engine needs the column to know what kind of cleaning a {@code C} means
 * (shift a date, clean free text, recurse into structured content).
 */
public record Resolution(Treatment treatment, ProfileAction basic, Optional<ProfileColumn> decidedBy) {

    /** A short label for reports, e.g. {@code X/Z->EMPTY} or {@code C(RETAIN_LONGITUDINAL_MODIFIED_DATES)}. */
    public String label() {
        return decidedBy.map(c -> treatment + " by " + c).orElse(basic.code() + " -> " + treatment);
    }
}
