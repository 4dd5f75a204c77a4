package com.medvisionlab.dicom.oracle;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints our reader's view of a file in the same line format as {@code pydicom_elements.py}. */
public final class CanonicalElements {

    private static final Set<VR> NUMBER_VRS = Set.of(VR.US, VR.SS, VR.UL, VR.SL, VR.SV, VR.UV, VR.FL, VR.FD);

    private CanonicalElements() {}

    /** Whether binary values are hashed as stored or as a writer pads them (odd length plus one padding byte). */
    public enum OddValues {
        AS_STORED,
        PADDED
    }

    public static List<String> of(DicomFile file) {
        return of(file, OddValues.AS_STORED);
    }

    public static List<String> of(DicomFile file, OddValues oddValues) {
        List<String> out = new ArrayList<>();
        walk(out, file.fileMeta(), "meta:", oddValues);
        walk(out, file.dataset(), "", oddValues);
        return out;
    }

    private static void walk(List<String> out, Dataset ds, String prefix, OddValues oddValues) {
        ds.forEach((tag, vr, value) -> {
            String path = prefix + Tag.toHex(tag);
            switch (value) {
                case Sequence seq -> {
                    out.add(line(path, vr, "Q", "[" + seq.size() + "]"));
                    for (int i = 0; i < seq.size(); i++) {
                        walk(out, seq.get(i), path + "/" + i + "/", oddValues);
                    }
                }
                case Fragments f ->
                    out.add(line(
                            path,
                            vr,
                            "E",
                            "[" + sha(f.basicOffsetTable()) + ", ["
                                    + f.fragments().stream()
                                            .map(CanonicalElements::sha)
                                            .collect(Collectors.joining(", "))
                                    + "]]"));
                case BulkData bulk -> out.add(line(path, vr, "B", sha(pad(bulk.readBytes(), vr, oddValues))));
                default -> out.add(element(ds, tag, vr, path, oddValues));
            }
        });
    }

    private static byte[] pad(byte[] bytes, VR vr, OddValues oddValues) {
        if (oddValues == OddValues.AS_STORED || (bytes.length & 1) == 0) {
            return bytes;
        }
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        padded[bytes.length] = (byte) vr.paddingByte();
        return padded;
    }

    private static String element(Dataset ds, int tag, VR vr, String path, OddValues oddValues) {
        if (vr.isString()) {
            List<String> strings =
                    ds.getStrings(tag).stream().map(CanonicalElements::strip).toList();
            if (strings.size() == 1 && strings.getFirst().isEmpty()) {
                strings = List.of(); // pydicom reads an all-padding value as empty
            }
            return line(
                    path,
                    vr,
                    "S",
                    strings.stream().map(CanonicalElements::quote).collect(Collectors.joining(", ", "[", "]")));
        }
        if (NUMBER_VRS.contains(vr)) {
            String numbers = vr.kind() == VR.Kind.FLOAT
                    ? java.util.Arrays.stream(ds.getDoubles(tag))
                            .mapToObj(Double::toString)
                            .collect(Collectors.joining(", "))
                    : java.util.Arrays.stream(ds.getLongs(tag))
                            .mapToObj(v -> vr == VR.UV ? Long.toUnsignedString(v) : Long.toString(v))
                            .collect(Collectors.joining(", "));
            return line(path, vr, "N", "[" + numbers + "]");
        }
        if (vr == VR.AT) {
            return line(
                    path,
                    vr,
                    "T",
                    ds.getStrings(tag).stream()
                            .map(CanonicalElements::quote)
                            .collect(Collectors.joining(", ", "[", "]")));
        }
        return line(path, vr, "B", sha(pad(ds.getBytes(tag).orElseThrow(), vr, oddValues)));
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\0')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String line(String path, VR vr, String kind, String payload) {
        return path + "\t" + vr + "\t" + kind + "\t" + payload;
    }

    static String quote(String s) {
        return com.medvisionlab.dicom.json.JsonString.quote(s);
    }

    private static String sha(BinaryValue value) {
        return sha(value.readBytes());
    }

    static String sha(byte[] bytes) {
        try {
            return "[" + bytes.length + ", \""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-1").digest(bytes)) + "\"]";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
