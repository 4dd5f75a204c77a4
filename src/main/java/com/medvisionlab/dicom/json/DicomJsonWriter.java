package com.medvisionlab.dicom.json;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.VR;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

/**
 * Writes the DICOM JSON model (PS3.18 Annex F.2) by hand, so that the dicom packages need no JSON library: one
 * object per dataset keyed by 8-hex-digit tags; person names as component-group objects; IS/DS and binary numbers as
 * JSON numbers; AT as hex strings; binary values as InlineBinary (base64) or a BulkDataURI for bulk references.
 * Group 0002 is left out (it belongs to the file, not the dataset).
 */
public final class DicomJsonWriter {

    private DicomJsonWriter() {}

    public static String toJson(Dataset dataset) {
        StringBuilder out = new StringBuilder(1024);
        writeDataset(dataset, out);
        return out.toString();
    }

    private static void writeDataset(Dataset dataset, StringBuilder out) {
        out.append('{');
        boolean[] first = {true};
        dataset.forEach((tag, vr, value) -> {
            if (Tag.group(tag) == 0x0002) {
                return;
            }
            if (!first[0]) {
                out.append(',');
            }
            first[0] = false;
            out.append('"')
                    .append(Tag.toHex(tag))
                    .append("\":{\"vr\":\"")
                    .append(vr.name())
                    .append('"');
            writeValue(dataset, tag, vr, value, out);
            out.append('}');
        });
        out.append('}');
    }

    private static void writeValue(Dataset dataset, int tag, VR vr, Object value, StringBuilder out) {
        switch (value) {
            case Sequence sequence -> {
                if (!sequence.isEmpty()) {
                    out.append(",\"Value\":[");
                    for (int i = 0; i < sequence.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        writeDataset(sequence.get(i), out);
                    }
                    out.append(']');
                }
            }
            case BulkData bulk ->
                out.append(",\"BulkDataURI\":")
                        .append(JsonString.quote(bulk.uri().toString()));
            case Fragments fragments ->
                out.append(",\"InlineBinary\":\"")
                        .append(base64(encapsulated(fragments)))
                        .append('"');
            case byte[] bytes -> {
                if (bytes.length > 0) {
                    writePrimitive(dataset, tag, vr, bytes, out);
                }
            }
            default -> throw new IllegalStateException("unexpected value type " + value.getClass());
        }
    }

    private static void writePrimitive(Dataset dataset, int tag, VR vr, byte[] bytes, StringBuilder out) {
        switch (vr) {
            case OB, OD, OF, OL, OV, OW, UN ->
                out.append(",\"InlineBinary\":\"").append(base64(bytes)).append('"');
            case PN -> writeValues(dataset.getStrings(tag), out, DicomJsonWriter::personName);
            case IS, DS -> writeValues(dataset.getStrings(tag), out, DicomJsonWriter::decimal);
            case US, SS, UL, SL, SV, UV, FL, FD ->
                writeValues(dataset.getStrings(tag), out, DicomJsonWriter::binaryNumber);
            default -> writeValues(dataset.getStrings(tag), out, JsonString::quote);
        }
    }

    private static void writeValues(
            List<String> values, StringBuilder out, java.util.function.Function<String, String> format) {
        if (values.isEmpty() || (values.size() == 1 && values.getFirst().isEmpty())) {
            return;
        }
        out.append(",\"Value\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            out.append(v.isEmpty() ? "null" : format.apply(v));
        }
        out.append(']');
    }

    /** "Yamada^Tarou=山田^太郎=やまだ^たろう" becomes {"Alphabetic":..,"Ideographic":..,"Phonetic":..}. */
    private static String personName(String value) {
        String[] groups = value.split("=", -1);
        String[] names = {"Alphabetic", "Ideographic", "Phonetic"};
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < Math.min(groups.length, names.length); i++) {
            if (!groups[i].isEmpty()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append('"').append(names[i]).append("\":").append(JsonString.quote(groups[i]));
            }
        }
        return b.append('}').toString();
    }

    /** IS/DS text as a JSON number; text that is no number stays a string rather than breaking the document. */
    private static String decimal(String value) {
        try {
            return new BigDecimal(value.strip().replace("+", "")).toString();
        } catch (NumberFormatException e) {
            return JsonString.quote(value);
        }
    }

    private static String binaryNumber(String value) {
        return value.equals("NaN") || value.endsWith("Infinity") ? JsonString.quote(value) : value;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The encapsulated value as pydicom and dcm4che expose it: offset table item and fragment items (no delimiter). */
    private static byte[] encapsulated(Fragments fragments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        item(out, fragments.basicOffsetTable());
        fragments.fragments().forEach(f -> item(out, f));
        return out.toByteArray();
    }

    private static void item(ByteArrayOutputStream out, BinaryValue value) {
        byte[] bytes = value instanceof InlineBytes inline ? inline.bytes() : value.readBytes();
        int length = bytes.length + (bytes.length & 1);
        out.writeBytes(new byte[] {
            (byte) 0xFE,
            (byte) 0xFF,
            0x00,
            (byte) 0xE0,
            (byte) length,
            (byte) (length >> 8),
            (byte) (length >> 16),
            (byte) (length >> 24)
        });
        out.writeBytes(bytes);
        if ((bytes.length & 1) == 1) {
            out.write(0);
        }
    }
}
