package com.medvisionlab.deid;

import java.util.Map;
import java.util.Optional;

/**
 * Non-identifying replacement values per VR for the D action, and the VR length limits cleaned text must respect.
 * Binary VRs have no meaningful dummy: they get a zero-length value, which cannot leak anything either.
 */
final class DummyValues {

    private static final Map<String, String> DUMMY = Map.ofEntries(
            Map.entry("AE", "ANONYMIZED"), Map.entry("AS", "000Y"), Map.entry("CS", "ANONYMIZED"),
            Map.entry("DA", "19000101"), Map.entry("DT", "19000101000000"), Map.entry("TM", "000000"),
            Map.entry("DS", "0"), Map.entry("IS", "0"), Map.entry("LO", "ANONYMIZED"), Map.entry("LT", "ANONYMIZED"),
            Map.entry("PN", "ANONYMIZED"), Map.entry("SH", "ANONYMIZED"), Map.entry("ST", "ANONYMIZED"),
            Map.entry("UC", "ANONYMIZED"), Map.entry("UT", "ANONYMIZED"), Map.entry("US", "0"), Map.entry("SS", "0"),
            Map.entry("UL", "0"), Map.entry("SL", "0"), Map.entry("UV", "0"), Map.entry("SV", "0"),
            Map.entry("FL", "0"), Map.entry("FD", "0"));

    private static final Map<String, Integer> MAX_LENGTH = Map.of("AE", 16, "CS", 16, "SH", 16, "LO", 64, "PN", 64,
            "ST", 1024, "LT", 10240);

    private DummyValues() {
    }

    static Optional<String> dummy(String vr) {
        return Optional.ofNullable(DUMMY.get(vr));
    }

    static String fit(String vr, String value) {
        Integer max = MAX_LENGTH.get(vr);
        return max == null || value.length() <= max ? value : value.substring(0, max);
    }
}
