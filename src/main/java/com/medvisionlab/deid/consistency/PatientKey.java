package com.medvisionlab.deid.consistency;

/**
 * What identifies "the same patient" across files: Patient ID with its issuer, or, when the ID is empty, the
 * name and birth date (a weaker key, but better than merging all ID-less patients into one).
 */
public record PatientKey(String patientId, String issuer, String name, String birthDate) {

    public PatientKey {
        patientId = patientId.strip();
        issuer = issuer.strip();
        name = name.strip();
        birthDate = birthDate.strip();
    }

    String canonical() {
        return patientId.isEmpty() ? "name:" + name.toUpperCase() + "|" + birthDate : "id:" + issuer + "|" + patientId;
    }
}
