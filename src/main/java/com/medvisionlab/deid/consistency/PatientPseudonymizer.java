package com.medvisionlab.deid.consistency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pseudonym per original patient, derived from the secret: {@code ANON-XXXXXXXX} as Patient ID and
 * {@code ANON^XXXXXXXX} as Patient Name (8 Crockford base-32 characters = 40 bits, enough for a teaching archive).
 */
public final class PatientPseudonymizer {

    /** Bounds the cache; a batch rarely holds more patients. */
    static final int MAX_KNOWN = 4096;

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final DeidSecret secret;
    private final MappingStore mappings;
    /** By canonical key: the slices of one patient need one HMAC, not one each. */
    private final Map<String, PatientPseudonym> known = new ConcurrentHashMap<>();

    public PatientPseudonymizer(DeidSecret secret, MappingStore mappings) {
        this.secret = secret;
        this.mappings = mappings;
    }

    public PatientPseudonym pseudonymFor(PatientKey patient) {
        String canonical = patient.canonical();
        PatientPseudonym pseudonym = known.get(canonical);
        if (pseudonym == null) {
            pseudonym = derive(canonical);
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.put(canonical, pseudonym);
        }
        if (!patient.patientId().isEmpty()) {
            mappings.recordPatientId(patient.patientId(), pseudonym.patientId());
        }
        return pseudonym;
    }

    private PatientPseudonym derive(String canonical) {
        byte[] h = secret.hmac("patient", canonical);
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
        return new PatientPseudonym("ANON-" + c, "ANON^" + c);
    }
}
