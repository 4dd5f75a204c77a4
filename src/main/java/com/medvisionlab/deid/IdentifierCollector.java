package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.util.Locale;

/**
 * Gathers the identifying values of an input dataset before it is changed: every person name, the patient and
 * encounter IDs, the birth date, institutions and addresses, recursively through sequences. Values of elements
 * the configuration keeps (e.g. Institution Name under Retain Institution Identity) are not collected, since they
 * are meant to stay in the output.
 */
final class IdentifierCollector {

    private final ConfigRules rules;

    IdentifierCollector(ConfigRules rules) {
        this.rules = rules;
    }

    IdentifyingValues collect(Dataset dataset) {
        IdentifyingValues values = new IdentifyingValues();
        String vendor = String.join(" ", DecodableText.of(dataset, Tags.Manufacturer)) + " "
                + String.join(" ", DecodableText.of(dataset, Tags.ManufacturerModelName));
        walk(dataset, values, vendor.toUpperCase(Locale.ROOT));
        return values;
    }

    private void walk(Dataset dataset, IdentifyingValues values, String vendor) {
        dataset.forEach((tag, vr, value) -> {
            if (vr == VR.SQ) {
                if (value instanceof Sequence items) {
                    for (Dataset item : items) {
                        walk(item, values, vendor);
                    }
                }
                return;
            }
            boolean isPrivate = DicomTags.handledAsPrivate(tag);
            if (!isPrivate && rules.rule(tag).kept()) {
                return;
            }
            if (vr == VR.PN) {
                for (String name : DecodableText.of(dataset, tag)) {
                    values.addPersonName(name);
                }
            } else if (isPrivate) {
                return;
            } else if (DicomTags.ID_ELEMENTS.contains(tag)) {
                for (String id : DecodableText.of(dataset, tag)) {
                    values.addId(id);
                }
            } else if (tag == Tags.PatientBirthDate) {
                for (String date : DecodableText.of(dataset, tag)) {
                    values.addDate(date);
                }
            } else if (DicomTags.PHRASE_ELEMENTS.contains(tag)) {
                for (String phrase : DecodableText.of(dataset, tag)) {
                    // Demo and vendor test images often carry the vendor's name as institution ("TOSHIBA"); that
                    // names the device maker, which every profile keeps, not where the patient was seen.
                    if (phrase.isBlank() || !vendor.contains(phrase.strip().toUpperCase(Locale.ROOT))) {
                        values.addPhrase(phrase);
                    }
                }
            }
        });
    }
}
