package com.medvisionlab.deid;

import java.util.List;
import java.util.Set;

/** The few tags the engine treats specially (kept local so the engine does not depend on a generated dictionary). */
final class DicomTags {

    static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    static final int SOP_INSTANCE_UID = 0x00080018;
    static final int PATIENT_NAME = 0x00100010;
    static final int PATIENT_ID = 0x00100020;
    static final int ISSUER_OF_PATIENT_ID = 0x00100021;
    static final int PATIENT_BIRTH_DATE = 0x00100030;
    static final int PATIENT_IDENTITY_REMOVED = 0x00120062;
    static final int DEIDENTIFICATION_METHOD = 0x00120063;
    static final int DEIDENTIFICATION_METHOD_CODE_SEQUENCE = 0x00120064;
    static final int CODE_VALUE = 0x00080100;
    static final int CODING_SCHEME_DESIGNATOR = 0x00080102;
    static final int CODE_MEANING = 0x00080104;
    static final int BURNED_IN_ANNOTATION = 0x00280301;
    static final int RECOGNIZABLE_VISUAL_FEATURES = 0x00280302;
    static final int LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED = 0x00280303;
    static final int PIXEL_DATA = 0x7FE00010;
    static final int MEDIA_STORAGE_SOP_INSTANCE_UID = 0x00020003;

    /** Dates a screen capture typically shows: birth, study, series, acquisition, content. */
    static final List<Integer> SCREEN_DATES = List.of(PATIENT_BIRTH_DATE, 0x00080020, 0x00080021, 0x00080022,
            0x00080023);

    /** File-meta AE titles name the sending/receiving devices: removed. */
    static final Set<Integer> META_AE_TITLES = Set.of(0x00020016, 0x00020017, 0x00020018);

    /** Elements of a code (value, scheme, meaning...): vocabulary, never identifying, never cleaned. */
    static final Set<Integer> CODE_ELEMENTS = Set.of(0x00080100, 0x00080101, 0x00080102, 0x00080103, 0x00080104,
            0x00080105, 0x00080106, 0x00080107, 0x0008010B, 0x0008010C, 0x0008010D, 0x0008010F, 0x00080117,
            0x00080118, 0x00080119, 0x00080120, 0x00080121, 0x00080122);

    /** Identifiers of the patient or the encounter, searched for in free text and in the output. */
    static final Set<Integer> ID_ELEMENTS = Set.of(PATIENT_ID, 0x00101000, 0x00080050, 0x00200010, 0x00101090,
            0x00380010, 0x00401001, 0x00400009, 0x00400253, 0x00402016, 0x00402017, 0x00102154, 0x00080094,
            0x00101002, 0x00100050, 0x00380400, 0x00101050);

    /** Institutions and addresses, searched for as whole phrases. */
    static final Set<Integer> PHRASE_ELEMENTS = Set.of(0x00080080, 0x00080081, 0x00081040, 0x00101040, 0x00080092,
            ISSUER_OF_PATIENT_ID, 0x00102152, 0x00102299, 0x00400011, 0x00321020);

    static final Set<String> TEXT_VRS = Set.of("LO", "SH", "ST", "LT", "UT", "UC", "PN");

    private DicomTags() {
    }

    static boolean isOverlayOrCurveData(int tag) {
        int group = tag >>> 16;
        return (group & 0xFF00) == 0x5000 || ((group & 0xFF00) == 0x6000 && (tag & 0xFFFF) == 0x3000);
    }
}
