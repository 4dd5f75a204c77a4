package com.medvisionlab.deid;

import com.medvisionlab.deid.consistency.DateShifter;
import com.medvisionlab.deid.consistency.PatientPseudonym;
import com.medvisionlab.deid.consistency.UidRemapper;
import com.medvisionlab.deid.freetext.DescriptorCleaner;
import com.medvisionlab.deid.profile.ProfileAction;
import com.medvisionlab.deid.profile.ProfileColumn;
import com.medvisionlab.deid.profile.ProfileRow;
import com.medvisionlab.deid.profile.Resolution;
import com.medvisionlab.deid.profile.SafePrivateTags;
import com.medvisionlab.deid.report.ActionTally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.medvisionlab.dicom.data.Tag;

/** Applies the resolved table actions to one dataset, recursively into every sequence item. */
final class ElementProcessor {

    static final String REMOVED = "removed";
    static final String EMPTIED = "emptied";
    static final String DUMMY = "dummy";
    static final String KEPT = "kept";
    static final String CLEANED = "cleaned";
    static final String CLEAN_NO_CHANGE = "checked, nothing to clean";
    static final String UID_REMAPPED = "uid remapped";
    static final String DATE_SHIFTED = "date shifted";
    static final String PSEUDONYMIZED = "pseudonymized";
    static final String KEPT_SAFE_PRIVATE = "kept (safe private)";

    private final ConfigRules rules;
    private final SafePrivateTags safePrivate;
    private final DeidConfig config;
    private final UidRemapper uids;
    private final PatientPseudonym pseudonym;
    private final int dateOffsetDays;
    private final DescriptorCleaner cleaner;
    private final ActionTally tally;

    ElementProcessor(ConfigRules rules, SafePrivateTags safePrivate, DeidConfig config,
                     UidRemapper uids, PatientPseudonym pseudonym, int dateOffsetDays, DescriptorCleaner cleaner,
                     ActionTally tally) {
        this.rules = rules;
        this.safePrivate = safePrivate;
        this.config = config;
        this.uids = uids;
        this.pseudonym = pseudonym;
        this.dateOffsetDays = dateOffsetDays;
        this.cleaner = cleaner;
        this.tally = tally;
    }

    void process(AttributeTree tree, TextPolicy policy) {
        for (int tag : tree.tags()) {
            if ((tag >>> 16) == 0x0002 || Tag.isPrivateCreator(tag)) {
                continue; // file meta is handled by the engine; creators after their blocks, below
            }
            if ((tag & 0xFFFF) == 0) {
                tree.remove(tag); // group lengths would be stale after editing; they are retired anyway
                continue;
            }
            if (Tag.isPrivate(tag)) {
                processPrivate(tree, tag, policy);
                continue;
            }
            ConfigRules.Rule rule = rules.rule(tag);
            if (rule != ConfigRules.UNLISTED) {
                apply(tree, tag, rule.row(), rule.resolution(), policy);
            } else {
                processUnlisted(tree, tag, policy);
            }
        }
        removeOrphanCreators(tree);
    }

    private void apply(AttributeTree tree, int tag, ProfileRow row, Resolution resolution, TextPolicy policy) {
        String vr = tree.vr(tag);
        String keyword = row.keyword();
        if ((tag == DicomTags.PATIENT_NAME || tag == DicomTags.PATIENT_ID)
                && switch (resolution.treatment()) {
                    case EMPTY, DUMMY, CLEAN -> true;
                    default -> false;
                }) {
            // Z/D on the patient's name and ID: a consistent pseudonym is the dummy (E.3: "may be a dummy value").
            tree.setStrings(tag, vr, List.of(tag == DicomTags.PATIENT_NAME ? pseudonym.patientName()
                    : pseudonym.patientId()));
            tally.count(keyword, PSEUDONYMIZED);
            return;
        }
        switch (resolution.treatment()) {
            case REMOVE -> {
                if (DicomTags.isOverlayOrCurveData(tag)) {
                    removeOverlayOrCurve(tree, tag, keyword);
                } else {
                    tree.remove(tag);
                    tally.count(keyword, REMOVED);
                }
            }
            case EMPTY -> {
                if ("SQ".equals(vr) && resolution.basic() == ProfileAction.X_Z && !tree.items(tag).isEmpty()) {
                    // An empty sequence is valid only for Type 2; for X/Z the items are kept with their free text
                    // replaced and every listed attribute inside handled by the table, valid for any Type.
                    recurse(tree, tag, policy.strongest(TextPolicy.DUMMY));
                    tally.count(keyword, DUMMY);
                } else {
                    tree.setEmpty(tag, vr);
                    tally.count(keyword, EMPTIED);
                }
            }
            case DUMMY -> {
                if ("SQ".equals(vr)) {
                    recurse(tree, tag, policy.strongest(TextPolicy.DUMMY));
                } else if ("UI".equals(vr)) {
                    remapUids(tree, tag, keyword);
                    return;
                } else {
                    Optional<String> dummy = DummyValues.dummy(vr);
                    if (dummy.isPresent()) {
                        tree.setStrings(tag, vr, List.of(dummy.get()));
                    } else {
                        tree.setEmpty(tag, vr);
                    }
                }
                tally.count(keyword, DUMMY);
            }
            case KEEP -> {
                if ("SQ".equals(vr)) {
                    recurse(tree, tag, policy);
                }
                tally.count(keyword, KEPT);
            }
            case REMAP_UID -> {
                if ("SQ".equals(vr)) {
                    recurse(tree, tag, policy);
                    tally.count(keyword, UID_REMAPPED);
                } else if ("UI".equals(vr)) {
                    remapUids(tree, tag, keyword);
                } else {
                    tree.setEmpty(tag, vr);
                    tally.count(keyword, EMPTIED);
                }
            }
            case CLEAN -> clean(tree, tag, vr, keyword, resolution.decidedBy().orElseThrow(), policy);
        }
    }

    private void clean(AttributeTree tree, int tag, String vr, String keyword, ProfileColumn column,
                       TextPolicy policy) {
        if (column == ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES && ("DA".equals(vr) || "DT".equals(vr))) {
            shiftDates(tree, tag, vr, keyword);
        } else if (column == ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES && "TM".equals(vr)) {
            tally.count(keyword, KEPT); // whole-day shifts leave the time of day as it was
        } else if (DicomTags.isOverlayOrCurveData(tag)) {
            // No cleaner reads text out of overlay bitmaps or curves, so "clean" can only be done by removing.
            removeOverlayOrCurve(tree, tag, keyword);
        } else if ("SQ".equals(vr)) {
            recurse(tree, tag, policy.strongest(TextPolicy.CLEAN));
            tally.count(keyword, CLEANED);
        } else if ("UI".equals(vr)) {
            remapUids(tree, tag, keyword);
        } else if (DicomTags.TEXT_VRS.contains(vr) || "AE".equals(vr) || "CS".equals(vr)) {
            cleanText(tree, tag, vr, keyword);
        } else {
            tally.count(keyword, KEPT);
        }
    }

    /**
     * Removes an overlay plane or curve as a whole: its other elements (rows, columns, origin...) describe data that
     * is gone, and a plane without Overlay Data violates the Overlay Plane module.
     */
    private void removeOverlayOrCurve(AttributeTree tree, int tag, String keyword) {
        int group = tag >>> 16;
        for (int t : tree.tags()) {
            if (t >>> 16 == group) {
                tree.remove(t);
            }
        }
        tally.count(keyword, REMOVED);
    }

    private void processUnlisted(AttributeTree tree, int tag, TextPolicy policy) {
        String vr = tree.vr(tag);
        if ("SQ".equals(vr)) {
            recurse(tree, tag, policy);
            return;
        }
        if (policy == TextPolicy.KEEP || !DicomTags.TEXT_VRS.contains(vr) || DicomTags.CODE_ELEMENTS.contains(tag)) {
            return; // the Basic Profile keeps attributes it does not list
        }
        String keyword = Tag.toString(tag);
        if (policy == TextPolicy.CLEAN) {
            cleanText(tree, tag, vr, keyword);
        } else if (!tree.strings(tag).isEmpty()) {
            tree.setStrings(tag, vr, List.of(DummyValues.dummy(vr).orElse("")));
            tally.count(keyword, DUMMY);
        }
    }

    private void processPrivate(AttributeTree tree, int tag, TextPolicy policy) {
        String creator = tree.privateCreatorOf(tag).orElse("");
        String keyword = "private " + (creator.isBlank() ? "(no creator)" : creator.strip());
        String vr = tree.vr(tag);
        if (!config.has(DeidOption.RETAIN_SAFE_PRIVATE) || creator.isBlank() || !safePrivate.isSafe(creator, tag, vr)) {
            tree.remove(tag);
            tally.count(keyword, REMOVED);
            return;
        }
        if ("SQ".equals(vr)) {
            // "Safe" covers the private sequence, not what its items hold: standard attributes inside (UIDs,
            // names) and unlisted private ones get the same treatment as anywhere else.
            recurse(tree, tag, policy);
        } else if ("UI".equals(vr) && !config.has(DeidOption.RETAIN_UIDS)) {
            // A safe private UID (e.g. NQHeader Analyzed Series UID) refers to instances whose UIDs are replaced;
            // remapping it the same way keeps the reference valid and the original UID out.
            remapUids(tree, tag, keyword);
            return;
        }
        tally.count(keyword, KEPT_SAFE_PRIVATE);
    }

    private void removeOrphanCreators(AttributeTree tree) {
        int[] tags = tree.tags();
        for (int tag : tags) {
            if (!Tag.isPrivateCreator(tag)) {
                continue;
            }
            int group = tag >>> 16;
            int block = tag & 0xFF;
            boolean used = false;
            for (int other : tags) {
                if (other >>> 16 == group && ((other >>> 8) & 0xFF) == block && (other & 0xFFFF) > 0xFF) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                tree.remove(tag);
            }
        }
    }

    private void recurse(AttributeTree tree, int tag, TextPolicy policy) {
        for (AttributeTree item : tree.items(tag)) {
            process(item, policy);
        }
    }

    private void remapUids(AttributeTree tree, int tag, String keyword) {
        List<String> remapped = new ArrayList<>();
        for (String uid : tree.strings(tag)) {
            remapped.add(uids.remap(uid));
        }
        tree.setStrings(tag, "UI", remapped);
        tally.count(keyword, UID_REMAPPED);
    }

    private void shiftDates(AttributeTree tree, int tag, String vr, String keyword) {
        List<String> shifted = new ArrayList<>();
        for (String value : tree.strings(tag)) {
            Optional<String> s = "DA".equals(vr) ? DateShifter.shiftDate(value, dateOffsetDays)
                    : DateShifter.shiftDateTime(value, dateOffsetDays);
            if (s.isEmpty()) {
                tree.setEmpty(tag, vr); // unparseable: blank rather than leak it
                tally.count(keyword, EMPTIED);
                return;
            }
            shifted.add(s.get());
        }
        tree.setStrings(tag, vr, shifted);
        tally.count(keyword, DATE_SHIFTED);
    }

    private void cleanText(AttributeTree tree, int tag, String vr, String keyword) {
        List<String> before = tree.strings(tag);
        List<String> after = new ArrayList<>(before.size());
        for (String value : before) {
            after.add(DummyValues.fit(vr, cleaner.clean(value)));
        }
        if (after.equals(before)) {
            tally.count(keyword, CLEAN_NO_CHANGE);
        } else {
            tree.setStrings(tag, vr, after);
            tally.count(keyword, CLEANED);
        }
    }
}
