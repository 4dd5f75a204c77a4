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
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.util.List;
import java.util.Optional;

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

    ElementProcessor(
            ConfigRules rules,
            SafePrivateTags safePrivate,
            DeidConfig config,
            UidRemapper uids,
            PatientPseudonym pseudonym,
            int dateOffsetDays,
            DescriptorCleaner cleaner,
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

    /** Walks the elements present when it starts, so that removing one (or a whole group) is safe. */
    void process(Dataset dataset, TextPolicy policy) {
        for (int tag : dataset.tags()) {
            if (Tag.group(tag) == 0x0002 || Tag.isPrivateCreator(tag)) {
                continue; // file meta is handled by the engine; creators after their blocks, below
            }
            if (Tag.isGroupLength(tag)) {
                dataset.remove(tag); // group lengths would be stale after editing; they are retired anyway
                continue;
            }
            Optional<VR> vr = dataset.vrOf(tag);
            if (vr.isEmpty()) {
                countRemovedWithItsGroup(tag);
                continue;
            }
            if (DicomTags.handledAsPrivate(tag)) {
                processPrivate(dataset, tag, vr.get(), policy);
                continue;
            }
            ConfigRules.Rule rule = rules.rule(tag);
            if (rule != ConfigRules.UNLISTED) {
                apply(dataset, tag, vr.get(), rule.row(), rule.resolution(), policy);
            } else {
                processUnlisted(dataset, tag, vr.get(), policy);
            }
        }
        removeOrphanCreators(dataset);
    }

    /**
     * An element of an overlay plane or curve that went as a whole earlier in this pass: a listed one is counted as
     * removed under its own row, as if its turn had removed it (so a curve counts one removal per element).
     */
    private void countRemovedWithItsGroup(int tag) {
        ConfigRules.Rule rule = rules.rule(tag);
        if (rule != ConfigRules.UNLISTED) {
            tally.count(rule.row().keyword(), REMOVED);
        }
    }

    private void apply(Dataset dataset, int tag, VR vr, ProfileRow row, Resolution resolution, TextPolicy policy) {
        String keyword = row.keyword();
        if ((tag == Tags.PatientName || tag == Tags.PatientID)
                && switch (resolution.treatment()) {
                    case EMPTY, DUMMY, CLEAN -> true;
                    default -> false;
                }) {
            // Z/D on the patient's name and ID: a consistent pseudonym is the dummy (E.3: "may be a dummy value").
            dataset.setString(tag, vr, tag == Tags.PatientName ? pseudonym.patientName() : pseudonym.patientId());
            tally.count(keyword, PSEUDONYMIZED);
            return;
        }
        switch (resolution.treatment()) {
            case REMOVE -> {
                if (DicomTags.isOverlayOrCurveData(tag)) {
                    removeOverlayOrCurve(dataset, tag, keyword);
                } else {
                    dataset.remove(tag);
                    tally.count(keyword, REMOVED);
                }
            }
            case EMPTY -> {
                if (vr == VR.SQ && resolution.basic() == ProfileAction.X_Z && hasItems(dataset, tag)) {
                    // An empty sequence is valid only for Type 2; for X/Z the items are kept with their free text
                    // replaced and every listed attribute inside handled by the table, valid for any Type.
                    recurse(dataset, tag, policy.strongest(TextPolicy.DUMMY));
                    tally.count(keyword, DUMMY);
                } else {
                    dataset.setNull(tag, vr);
                    tally.count(keyword, EMPTIED);
                }
            }
            case DUMMY -> {
                if (vr == VR.SQ) {
                    recurse(dataset, tag, policy.strongest(TextPolicy.DUMMY));
                } else if (vr == VR.UI) {
                    remapUids(dataset, tag, keyword);
                    return;
                } else {
                    DummyValues.replace(dataset, tag, vr);
                }
                tally.count(keyword, DUMMY);
            }
            case KEEP -> {
                if (vr == VR.SQ) {
                    recurse(dataset, tag, policy);
                }
                tally.count(keyword, KEPT);
            }
            case REMAP_UID -> {
                if (vr == VR.SQ) {
                    recurse(dataset, tag, policy);
                    tally.count(keyword, UID_REMAPPED);
                } else if (vr == VR.UI) {
                    remapUids(dataset, tag, keyword);
                } else {
                    dataset.setNull(tag, vr);
                    tally.count(keyword, EMPTIED);
                }
            }
            case CLEAN ->
                clean(dataset, tag, vr, keyword, resolution.decidedBy().orElseThrow(), policy);
        }
    }

    private void clean(Dataset dataset, int tag, VR vr, String keyword, ProfileColumn column, TextPolicy policy) {
        if (column == ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES && (vr == VR.DA || vr == VR.DT)) {
            shiftDates(dataset, tag, vr, keyword);
        } else if (column == ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES && vr == VR.TM) {
            tally.count(keyword, KEPT); // whole-day shifts leave the time of day as it was
        } else if (DicomTags.isOverlayOrCurveData(tag)) {
            // No cleaner reads text out of overlay bitmaps or curves, so "clean" can only be done by removing.
            removeOverlayOrCurve(dataset, tag, keyword);
        } else if (vr == VR.SQ) {
            recurse(dataset, tag, policy.strongest(TextPolicy.CLEAN));
            tally.count(keyword, CLEANED);
        } else if (vr == VR.UI) {
            remapUids(dataset, tag, keyword);
        } else if (DicomTags.TEXT_VRS.contains(vr) || vr == VR.AE || vr == VR.CS) {
            cleanText(dataset, tag, vr, keyword);
        } else {
            tally.count(keyword, KEPT);
        }
    }

    /**
     * Removes an overlay plane or curve as a whole: its other elements (rows, columns, origin...) describe data that
     * is gone, and a plane without Overlay Data violates the Overlay Plane module.
     */
    private void removeOverlayOrCurve(Dataset dataset, int tag, String keyword) {
        int group = Tag.group(tag);
        for (int t : dataset.tags()) {
            if (Tag.group(t) == group) {
                dataset.remove(t);
            }
        }
        tally.count(keyword, REMOVED);
    }

    private void processUnlisted(Dataset dataset, int tag, VR vr, TextPolicy policy) {
        if (vr == VR.SQ) {
            recurse(dataset, tag, policy);
            return;
        }
        if (policy == TextPolicy.KEEP || !DicomTags.TEXT_VRS.contains(vr) || DicomTags.CODE_ELEMENTS.contains(tag)) {
            return; // the Basic Profile keeps attributes it does not list
        }
        String keyword = Tag.toString(tag);
        if (policy == TextPolicy.CLEAN) {
            cleanText(dataset, tag, vr, keyword);
        } else if (!DecodableText.of(dataset, tag).isEmpty()) {
            dataset.setString(tag, vr, DummyValues.text(vr));
            tally.count(keyword, DUMMY);
        }
    }

    private void processPrivate(Dataset dataset, int tag, VR vr, TextPolicy policy) {
        String creator = dataset.privateCreatorOf(tag).orElse("");
        String keyword = "private " + (creator.isBlank() ? "(no creator)" : creator.strip());
        if (!config.has(DeidOption.RETAIN_SAFE_PRIVATE) || creator.isBlank() || !safePrivate.isSafe(creator, tag, vr)) {
            dataset.remove(tag);
            tally.count(keyword, REMOVED);
            return;
        }
        if (vr == VR.SQ) {
            // "Safe" covers the private sequence, not what its items hold: standard attributes inside (UIDs,
            // names) and unlisted private ones get the same treatment as anywhere else.
            recurse(dataset, tag, policy);
        } else if (vr == VR.UI && !config.has(DeidOption.RETAIN_UIDS)) {
            // A safe private UID (e.g. NQHeader Analyzed Series UID) refers to instances whose UIDs are replaced;
            // remapping it the same way keeps the reference valid and the original UID out.
            remapUids(dataset, tag, keyword);
            return;
        }
        tally.count(keyword, KEPT_SAFE_PRIVATE);
    }

    private static void removeOrphanCreators(Dataset dataset) {
        int[] tags = dataset.tags();
        for (int tag : tags) {
            if (!Tag.isPrivateCreator(tag)) {
                continue;
            }
            boolean used = false;
            for (int other : tags) {
                if (Tag.privateCreatorTagOf(other) == tag) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                dataset.remove(tag);
            }
        }
    }

    private static boolean hasItems(Dataset dataset, int tag) {
        return dataset.getSequence(tag).filter(sequence -> !sequence.isEmpty()).isPresent();
    }

    private void recurse(Dataset dataset, int tag, TextPolicy policy) {
        Optional<Sequence> sequence = dataset.getSequence(tag);
        if (sequence.isPresent()) {
            for (Dataset item : sequence.get()) {
                process(item, policy);
            }
        }
    }

    private void remapUids(Dataset dataset, int tag, String keyword) {
        List<String> uidValues = DecodableText.of(dataset, tag);
        String[] remapped = new String[uidValues.size()];
        for (int i = 0; i < remapped.length; i++) {
            remapped[i] = uids.remap(uidValues.get(i));
        }
        dataset.setString(tag, VR.UI, remapped);
        tally.count(keyword, UID_REMAPPED);
    }

    private void shiftDates(Dataset dataset, int tag, VR vr, String keyword) {
        List<String> dates = DecodableText.of(dataset, tag);
        String[] shifted = new String[dates.size()];
        for (int i = 0; i < shifted.length; i++) {
            Optional<String> s = vr == VR.DA
                    ? DateShifter.shiftDate(dates.get(i), dateOffsetDays)
                    : DateShifter.shiftDateTime(dates.get(i), dateOffsetDays);
            if (s.isEmpty()) {
                dataset.setNull(tag, vr); // unparseable: blank rather than leak it
                tally.count(keyword, EMPTIED);
                return;
            }
            shifted[i] = s.get();
        }
        dataset.setString(tag, vr, shifted);
        tally.count(keyword, DATE_SHIFTED);
    }

    private void cleanText(Dataset dataset, int tag, VR vr, String keyword) {
        List<String> before = DecodableText.of(dataset, tag);
        String[] after = new String[before.size()];
        boolean changed = false;
        for (int i = 0; i < after.length; i++) {
            after[i] = DummyValues.fit(vr, cleaner.clean(before.get(i)));
            changed |= !after[i].equals(before.get(i));
        }
        if (changed) {
            dataset.setString(tag, vr, after);
            tally.count(keyword, CLEANED);
        } else {
            tally.count(keyword, CLEAN_NO_CHANGE);
        }
    }
}
