package com.medvisionlab.deid;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.VR;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Non-identifying replacement values per VR for the D action, and the VR length limits cleaned text must respect.
 * Character VRs get a text dummy, binary numbers a single zero; other binary VRs have no meaningful dummy and get a
 * zero-length value, which cannot leak anything either.
 */
final class DummyValues {

    private static final Map<VR, String> TEXT = new EnumMap<>(Map.ofEntries(
            Map.entry(VR.AE, "ANONYMIZED"),
            Map.entry(VR.AS, "000Y"),
            Map.entry(VR.CS, "ANONYMIZED"),
            Map.entry(VR.DA, "19000101"),
            Map.entry(VR.DT, "19000101000000"),
            Map.entry(VR.TM, "000000"),
            Map.entry(VR.DS, "0"),
            Map.entry(VR.IS, "0"),
            Map.entry(VR.LO, "ANONYMIZED"),
            Map.entry(VR.LT, "ANONYMIZED"),
            Map.entry(VR.PN, "ANONYMIZED"),
            Map.entry(VR.SH, "ANONYMIZED"),
            Map.entry(VR.ST, "ANONYMIZED"),
            Map.entry(VR.UC, "ANONYMIZED"),
            Map.entry(VR.UT, "ANONYMIZED")));

    /** Binary numbers of one value each, whose dummy is 0: all-zero bytes are 0 in each of their encodings. */
    private static final Set<VR> NUMBERS = EnumSet.of(VR.US, VR.SS, VR.UL, VR.SL, VR.UV, VR.SV, VR.FL, VR.FD);

    private static final Map<VR, Integer> MAX_LENGTH =
            new EnumMap<>(Map.of(VR.AE, 16, VR.CS, 16, VR.SH, 16, VR.LO, 64, VR.PN, 64, VR.ST, 1024, VR.LT, 10240));

    private DummyValues() {}

    /** Replaces the value of {@code tag} with the dummy of {@code vr}. */
    static void replace(Dataset dataset, int tag, VR vr) {
        String text = TEXT.get(vr);
        if (text != null) {
            dataset.setString(tag, vr, text);
        } else if (NUMBERS.contains(vr)) {
            dataset.setBytes(tag, vr, new byte[vr.bytesPerValue()]);
        } else {
            dataset.setNull(tag, vr);
        }
    }

    /** The text dummy of a character VR, the empty string for others. */
    static String text(VR vr) {
        return TEXT.getOrDefault(vr, "");
    }

    static String fit(VR vr, String value) {
        Integer max = MAX_LENGTH.get(vr);
        return max == null || value.length() <= max ? value : value.substring(0, max);
    }
}
