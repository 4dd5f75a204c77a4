package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.profile.ActionResolver;
import com.medvisionlab.deid.profile.ProfileTable;
import com.medvisionlab.deid.profile.Treatment;

import java.util.Locale;

/**
 * Gathers the identifying values of an input dataset before it is changed: every person name, the patient and
 * encounter IDs, the birth date, institutions and addresses, recursively through sequences. Values of elements
 * the configuration keeps (e.g. Institution Name under Retain Institution Identity) are not collected, since they
 * are meant to stay in the output.
 */
final class IdentifierCollector {

    private static final int MANUFACTURER = 0x00080070;
    private static final int MANUFACTURER_MODEL_NAME = 0x00081090;

    private final ProfileTable table;
    private final ActionResolver resolver;

    IdentifierCollector(ProfileTable table, ActionResolver resolver) {
        this.table = table;
        this.resolver = resolver;
    }

    IdentifyingValues collect(AttributeTree dataset) {
        IdentifyingValues values = new IdentifyingValues();
        String vendor = String.join(" ", dataset.strings(MANUFACTURER)) + " "
                + String.join(" ", dataset.strings(MANUFACTURER_MODEL_NAME));
        walk(dataset, values, vendor.toUpperCase(Locale.ROOT));
        return values;
    }

    private void walk(AttributeTree tree, IdentifyingValues values, String vendor) {
        for (int tag : tree.tags()) {
            String vr = tree.vr(tag);
            if ("SQ".equals(vr)) {
                tree.items(tag).forEach(item -> walk(item, values, vendor));
                continue;
            }
            boolean kept = !ProfileTable.isPrivate(tag) && table.row(tag)
                    .map(row -> resolver.resolve(row).treatment() == Treatment.KEEP).orElse(false);
            if (kept) {
                continue;
            }
            if ("PN".equals(vr)) {
                tree.strings(tag).forEach(values::addPersonName);
            } else if (ProfileTable.isPrivate(tag)) {
                continue;
            } else if (DicomTags.ID_ELEMENTS.contains(tag)) {
                tree.strings(tag).forEach(values::addId);
            } else if (tag == DicomTags.PATIENT_BIRTH_DATE) {
                tree.strings(tag).forEach(values::addDate);
            } else if (DicomTags.PHRASE_ELEMENTS.contains(tag)) {
                // Demo and vendor test images often carry the vendor's name as institution ("TOSHIBA"); that
                // names the device maker, which every profile keeps, not where the patient was seen.
                tree.strings(tag).stream().filter(v -> v.isBlank() || !vendor.contains(v.strip().toUpperCase(Locale.ROOT)))
                        .forEach(values::addPhrase);
            }
        }
    }
}
