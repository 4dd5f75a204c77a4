package com.medvisionlab.deid.profile;

import java.util.Optional;
import java.util.Set;

/**
 * Applies the PS3.15 E.3 rules to one table row.
 *
 * <ol>
 *   <li>An active option column with a cell overrides the basic profile. When several active columns have cells,
 *       {@code C} wins over {@code K}: cleaning is the conservative choice (e.g. Calibration Date is {@code K} under
 *       Retain Device Identity but {@code C} under Retain Longitudinal Modified Dates, so it is shifted).</li>
 *   <li>Combined codes are resolved without IOD knowledge to the choice that is valid for the strictest Type the
 *       attribute may have in any IOD, because neither a dummy nor an empty value can leak anything:
 *       a code containing {@code D} (Z/D, X/D, X/Z/D) becomes a dummy (valid for Type 1); {@code X/Z} becomes empty
 *       (valid for Type 2, and the element stays present as MIDI-B's retention checks expect);
 *       {@code X/Z/U*} keeps the sequence and replaces every UID inside it, so references stay resolvable.
 *       (The engine refines {@code X/Z} on a non-empty sequence: an empty sequence is valid only for Type 2, so it
 *       keeps the items with their contents de-identified instead.)</li>
 * </ol>
 */
public final class ActionResolver {

    private final Set<ProfileColumn> active;

    public ActionResolver(Set<ProfileColumn> active) {
        this.active = Set.copyOf(active);
    }

    public Resolution resolve(ProfileRow row) {
        ProfileColumn keptBy = null;
        for (ProfileColumn column : ProfileColumn.values()) {
            if (!active.contains(column)) {
                continue;
            }
            Optional<ProfileAction> cell = row.option(column);
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.get() == ProfileAction.C) {
                return new Resolution(Treatment.CLEAN, row.basic(), Optional.of(column));
            }
            if (cell.get() == ProfileAction.K && keptBy == null) {
                keptBy = column;
            }
        }
        if (keptBy != null) {
            return new Resolution(Treatment.KEEP, row.basic(), Optional.of(keptBy));
        }
        return new Resolution(basicTreatment(row.basic()), row.basic(), Optional.empty());
    }

    static Treatment basicTreatment(ProfileAction action) {
        return switch (action) {
            case X -> Treatment.REMOVE;
            case Z, X_Z -> Treatment.EMPTY;
            case D, Z_D, X_D, X_Z_D -> Treatment.DUMMY;
            case U, X_Z_U_STAR -> Treatment.REMAP_UID;
            case K -> Treatment.KEEP;
            case C -> Treatment.CLEAN;
        };
    }
}
