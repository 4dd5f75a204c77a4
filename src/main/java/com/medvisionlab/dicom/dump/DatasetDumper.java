package com.medvisionlab.dicom.dump;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.dict.ElementDictionary;
import java.util.List;
import java.util.Locale;

/**
 * Formats a dataset as text in the style of dcmtk's dcmdump: one line per element with tag, VR, value in brackets,
 * length, VM and keyword; sequence items and fragments indented.
 */
public final class DatasetDumper {

    private static final int VALUE_WIDTH = 66;
    private static final int MAX_SHOWN = 64;
    private static final ElementDictionary DICTIONARY = ElementDictionary.standard();

    private DatasetDumper() {}

    public static String dump(Dataset dataset) {
        StringBuilder out = new StringBuilder(4096);
        dump(dataset, 0, out);
        return out.toString();
    }

    private static void dump(Dataset dataset, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        dataset.forEach((tag, vr, value) -> {
            switch (value) {
                case Sequence sequence -> {
                    line(
                            out,
                            indent,
                            tag,
                            vr,
                            "(Sequence with " + sequence.size() + " item" + (sequence.size() == 1 ? "" : "s") + ")",
                            "u/l, 1 " + keyword(tag));
                    for (Dataset item : sequence) {
                        out.append(indent)
                                .append("  (fffe,e000) na (Item with ")
                                .append(item.size())
                                .append(" elements)\n");
                        dump(item, depth + 2, out);
                        out.append(indent).append("  (fffe,e00d) na (ItemDelimitationItem)\n");
                    }
                    out.append(indent).append("(fffe,e0dd) na (SequenceDelimitationItem)\n");
                }
                case Fragments fragments -> {
                    line(
                            out,
                            indent,
                            tag,
                            vr,
                            "(PixelSequence #=" + (fragments.fragments().size() + 1) + ")",
                            "u/l, 1 " + keyword(tag));
                    fragment(out, indent + "  ", fragments.basicOffsetTable(), "BasicOffsetTable");
                    for (BinaryValue f : fragments.fragments()) {
                        fragment(out, indent + "  ", f, "Fragment");
                    }
                    out.append(indent).append("(fffe,e0dd) na (SequenceDelimitationItem)\n");
                }
                case BulkData bulk ->
                    line(
                            out,
                            indent,
                            tag,
                            vr,
                            "(bulk data, " + bulk.length() + " bytes at offset " + bulk.offset() + ")",
                            bulk.length() + ", 1 " + keyword(tag));
                case byte[] bytes ->
                    line(
                            out,
                            indent,
                            tag,
                            vr,
                            shown(dataset, tag, vr, bytes),
                            bytes.length + ", " + vm(dataset, tag, vr, bytes) + " " + keyword(tag));
                default -> line(out, indent, tag, vr, "(?)", keyword(tag));
            }
        });
    }

    private static void fragment(StringBuilder out, String indent, BinaryValue value, String what) {
        String shown = value instanceof InlineBytes inline ? hex(inline.bytes()) : "(bulk data)";
        line(out, indent, Tag.ITEM, null, shown, value.length() + ", 1 " + what);
    }

    private static String shown(Dataset dataset, int tag, VR vr, byte[] bytes) {
        if (bytes.length == 0) {
            return "(no value available)";
        }
        try {
            return switch (vr.kind()) {
                case STRING, TEXT ->
                    "["
                            + String.join("\\", dataset.getStrings(tag))
                                    .replace('\n', '.')
                                    .replace('\r', '.') + "]";
                case UNSIGNED, SIGNED, FLOAT, TAG ->
                    vr.headerLength() == 12 ? hex(bytes) : String.join("\\", dataset.getStrings(tag));
                case BYTES, SEQUENCE -> hex(bytes);
            };
        } catch (DicomException e) {
            return "(malformed: " + e.getMessage() + ")";
        }
    }

    private static String vm(Dataset dataset, int tag, VR vr, byte[] bytes) {
        try {
            return switch (vr.kind()) {
                case BYTES -> "1";
                case TEXT -> "1";
                default ->
                    vr.headerLength() == 12 && vr.kind() != VR.Kind.STRING
                            ? "1"
                            : Integer.toString(dataset.getStrings(tag).size());
            };
        } catch (DicomException e) {
            return "?";
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 16); i++) {
            if (i > 0) {
                b.append('\\');
            }
            b.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return bytes.length > 16 ? b.append("...").toString() : b.toString();
    }

    private static void line(StringBuilder out, String indent, int tag, VR vr, String value, String comment) {
        int start = out.length();
        String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN - 3) + "..." : value;
        out.append(indent)
                .append(Tag.toString(tag).toLowerCase(Locale.ROOT))
                .append(' ')
                .append(vr == null ? "na" : vr.name())
                .append(' ')
                .append(shown);
        int pad = VALUE_WIDTH - (out.length() - start);
        out.append(" ".repeat(Math.max(1, pad))).append("# ").append(comment).append('\n');
    }

    private static String keyword(int tag) {
        return DICTIONARY
                .keywordOf(tag)
                .orElse(
                        Tag.isPrivateCreator(tag)
                                ? "PrivateCreator"
                                : Tag.isPrivate(tag) ? "PrivateTag" : "Unknown Tag");
    }

    /** The keywords of {@code tags}, for callers that print their own listings. */
    public static List<String> keywords(int... tags) {
        return java.util.Arrays.stream(tags).mapToObj(DatasetDumper::keyword).toList();
    }
}
