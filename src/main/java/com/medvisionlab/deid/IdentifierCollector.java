package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;

import java.util.Locale;
import com.medvisionlab.dicom.data.Tag;

/**
 * Gathers the identifying values of an input dataset before it is changed: every person name, the patient and
 * encounter IDs, the birth date, institutions and addresses, recursively through sequences. Values of elements
 * the configuration keeps (e.g. Institution Name under Retain Institution Identity) are not collected, since they
 * are meant to stay in the output.
 */
final class IdentifierCollector {

    private static final int MANUFACTURER = 0x00080070;
    private static final int MANUFACTURER_MODEL_NAME = 0x00081090;

    private final ConfigRules rules;

    IdentifierCollector(ConfigRules rules) {
        this.rules = rules;
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
                for (AttributeTree item : tree.items(tag)) {
                    walk(item, values, vendor);
                }
                continue;
            }
            boolean isPrivate = Tag.isPrivate(tag);
            if (!isPrivate && rules.rule(tag).kept()) {
                continue;
            }
            if ("PN".equals(vr)) {
                for (String value : tree.strings(tag)) {
                    values.addPersonName(value);
                }
            } else if (isPrivate) {
                continue;
            } else if (DicomTags.ID_ELEMENTS.contains(tag)) {
                for (String value : tree.strings(tag)) {
                    values.addId(value);
                }
            } else if (tag == DicomTags.PATIENT_BIRTH_DATE) {
                for (String value : tree.strings(tag)) {
                    values.addDate(value);
                }
            } else if (DicomTags.PHRASE_ELEMENTS.contains(tag)) {
                for (String value : tree.strings(tag)) {
                    // Demo and vendor test images often carry the vendor's name as institution ("TOSHIBA"); that
                    // names the device maker, which every profile keeps, not where the patient was seen.
                    if (value.isBlank() || !vendor.contains(value.strip().toUpperCase(Locale.ROOT))) {
                        values.addPhrase(value);
                    }
                }
            }
        }
    }
}
