package com.medvisionlab.demo.phantom;

/**
 * An invented patient, written into a generated image's header like a scanner would, so the demo goes through
 * de-identification exactly as real data does. No real person: names and numbers are made up.
 *
 * @param name         DICOM PN, optionally with an ideographic component group after {@code =}
 * @param patientId    an invented medical record number
 * @param birthDate    DICOM DA
 * @param sex          M, F or O
 * @param institution  an invented hospital
 * @param referrer     an invented referring physician (PN)
 */
public record SyntheticPatient(
        String name, String patientId, String birthDate, String sex, String institution, String referrer) {

    /** The CT phantom's patient. */
    public static final SyntheticPatient CT = new SyntheticPatient(
            "HARTLEY^EDWIN", "MVL-DEMO-0417", "19580923", "M", "Lakeview Teaching Hospital", "OKAFOR^NGOZI^^DR");

    /** The radiograph's patient: a Chinese name (alphabetic and ideographic groups), UTF-8 header. */
    public static final SyntheticPatient CXR =
            new SyntheticPatient("ZHANG^XIAOMEI=张^晓梅", "MVL-DEMO-0822", "19910305", "F", "滨江示范医院", "LIU^JIANGUO=刘^建国");

    /** Every identifying value a de-identified copy must no longer carry (for tests and verification). */
    public java.util.List<String> identifyingValues() {
        return java.util.List.of(name, patientId, birthDate, institution, referrer);
    }
}
