package com.medvisionlab.deid.consistency;

/**
 * One pseudonym per original patient, derived from the secret: {@code ANON-XXXXXXXX} as Patient ID and
 * {@code ANON^XXXXXXXX} as Patient Name (8 Crockford base-32 characters = 40 bits, enough for a teaching archive).
 */
public final class PatientPseudonymizer {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final DeidSecret secret;
    private final MappingStore mappings;

    public PatientPseudonymizer(DeidSecret secret, MappingStore mappings) {
        this.secret = secret;
        this.mappings = mappings;
    }

    public PatientPseudonym pseudonymFor(PatientKey patient) {
        byte[] h = secret.hmac("patient", patient.canonical());
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = CROCKFORD[(int) (bits & 31)];
            bits >>>= 5;
        }
        String c = new String(code);
        PatientPseudonym pseudonym = new PatientPseudonym("ANON-" + c, "ANON^" + c);
        if (!patient.patientId().isEmpty()) {
            mappings.recordPatientId(patient.patientId(), pseudonym.patientId());
        }
        return pseudonym;
    }
}
