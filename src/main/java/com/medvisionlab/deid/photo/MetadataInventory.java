package com.medvisionlab.deid.photo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the metadata blocks a JPEG or PNG file carries (EXIF, XMP, ICC, comments, text chunks), for the sanitiser's
 * report and for tests. Walks segment/chunk headers only, bounded by the array, never allocating from a length field.
 */
public final class MetadataInventory {

    /** PNG chunks that carry pixels or are needed to show them; everything else is metadata. */
    private static final Set<String> PNG_IMAGE_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS");

    private MetadataInventory() {}

    /** Names such as "APP1 Exif", "APP1 XMP", "APP2 ICC", "COM", "tEXt", "iTXt", "eXIf". */
    public static List<String> of(byte[] file) {
        return switch (PhotoFormat.sniff(file).orElse(PhotoFormat.BMP)) {
            case JPEG -> jpeg(file);
            case PNG -> png(file);
            case BMP -> List.of();
        };
    }

    private static List<String> jpeg(byte[] b) {
        List<String> out = new ArrayList<>();
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xFF) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan: metadata segments come before it
            }
            int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (marker >= 0xE0 && marker <= 0xEF) {
                String id = new String(
                        b,
                        i + 4,
                        Math.max(0, Math.min(length - 2, Math.min(12, b.length - i - 4))),
                        StandardCharsets.ISO_8859_1);
                out.add("APP" + (marker - 0xE0) + " " + appName(id));
            } else if (marker == 0xFE) {
                out.add("COM");
            }
            i += 2 + length;
        }
        return out;
    }

    private static String appName(String id) {
        if (id.startsWith("Exif")) {
            return "Exif";
        }
        if (id.startsWith("http://ns.ad")) {
            return "XMP";
        }
        if (id.startsWith("ICC_PROFILE")) {
            return "ICC";
        }
        if (id.startsWith("JFIF")) {
            return "JFIF";
        }
        return id.replaceAll("[^\\x20-\\x7e]", "").strip();
    }

    private static List<String> png(byte[] b) {
        List<String> out = new ArrayList<>();
        long i = 8;
        while (i + 8 <= b.length) {
            long length = ((b[(int) i] & 0xffL) << 24)
                    | ((b[(int) i + 1] & 0xff) << 16)
                    | ((b[(int) i + 2] & 0xff) << 8)
                    | (b[(int) i + 3] & 0xff);
            String type = new String(b, (int) i + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_IMAGE_CHUNKS.contains(type)) {
                out.add(type);
            }
            if (type.equals("IEND")) {
                break;
            }
            i += 12 + length;
        }
        return out;
    }

    /** Whether a PNG has its IEND chunk (an upload cut short loses it). */
    static boolean pngComplete(byte[] b) {
        long i = 8;
        while (i + 8 <= b.length) {
            long length = ((b[(int) i] & 0xffL) << 24)
                    | ((b[(int) i + 1] & 0xff) << 16)
                    | ((b[(int) i + 2] & 0xff) << 8)
                    | (b[(int) i + 3] & 0xff);
            if (new String(b, (int) i + 4, 4, StandardCharsets.ISO_8859_1).equals("IEND")) {
                return true;
            }
            i += 12 + length;
        }
        return false;
    }

    /** Whether a JPEG ends with its EOI marker (trailing zero padding tolerated). */
    static boolean jpegComplete(byte[] b) {
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) {
            end--;
        }
        return end >= 4 && (b[end - 2] & 0xff) == 0xFF && (b[end - 1] & 0xff) == 0xD9;
    }
}
