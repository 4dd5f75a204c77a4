package com.medvisionlab.dicom.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits encapsulated pixel data into frames (PS3.5 A.4): by the Basic Offset Table when present, one
 * fragment per frame when the counts match, otherwise by JPEG-family end-of-image markers (EOI / EOC,
 * both FFD9) at the end of fragments. Returns the frame's fragments concatenated into one codestream.
 */
public final class FrameFragments {

    /** Each item header (tag + length) takes 8 bytes; the offset table counts them (A.4). */
    private static final int ITEM_HEADER = 8;

    private FrameFragments() {}

    /**
     * @param fragments       the fragment values after the Basic Offset Table item, in order
     * @param basicOffsets    the Basic Offset Table (empty when the item has no value)
     * @param numberOfFrames  Number of Frames from the data set
     * @param frameIndex      zero-based frame wanted
     */
    public static EncodedFrame.Compressed frame(
            List<byte[]> fragments, long[] basicOffsets, int numberOfFrames, int frameIndex) {
        if (frameIndex < 0 || frameIndex >= numberOfFrames) {
            throw new IllegalArgumentException(
                    "Frame " + (frameIndex + 1) + " requested, object has " + numberOfFrames);
        }
        if (fragments.isEmpty()) {
            throw new CorruptPixelDataException("Encapsulated Pixel Data has no fragments");
        }
        List<byte[]> selected;
        if (basicOffsets.length > 0) {
            selected = byOffsetTable(fragments, basicOffsets, numberOfFrames, frameIndex);
        } else if (numberOfFrames == 1) {
            selected = fragments;
        } else if (fragments.size() == numberOfFrames) {
            selected = List.of(fragments.get(frameIndex));
        } else if (fragments.size() > numberOfFrames) {
            selected = byEndOfImageMarkers(fragments, numberOfFrames, frameIndex);
        } else {
            throw new CorruptPixelDataException(
                    "Encapsulated Pixel Data has " + fragments.size() + " fragments for " + numberOfFrames + " frames");
        }
        return new EncodedFrame.Compressed(concat(selected));
    }

    private static List<byte[]> byOffsetTable(List<byte[]> fragments, long[] offsets, int frames, int frameIndex) {
        if (offsets.length != frames) {
            throw new CorruptPixelDataException(
                    "Basic Offset Table has " + offsets.length + " entries for " + frames + " frames");
        }
        long start = offsets[frameIndex];
        long end = frameIndex + 1 < frames ? offsets[frameIndex + 1] : Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        long position = 0;
        for (byte[] fragment : fragments) {
            if (position >= start && position < end) {
                out.add(fragment);
            }
            position += ITEM_HEADER + fragment.length;
        }
        if (out.isEmpty()) {
            throw new CorruptPixelDataException("Basic Offset Table points frame " + (frameIndex + 1) + " at byte "
                    + start + ", where no fragment starts");
        }
        return out;
    }

    private static List<byte[]> byEndOfImageMarkers(List<byte[]> fragments, int frames, int frameIndex) {
        List<List<byte[]>> grouped = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        for (byte[] fragment : fragments) {
            current.add(fragment);
            if (endsWithEoi(fragment)) {
                grouped.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            grouped.add(current);
        }
        if (grouped.size() != frames) {
            throw new CorruptPixelDataException("Cannot split " + fragments.size() + " fragments into " + frames
                    + " frames: found " + grouped.size() + " end-of-image markers and no offset table");
        }
        return grouped.get(frameIndex);
    }

    /** EOI may be followed by padding zeros that keep the fragment length even. */
    private static boolean endsWithEoi(byte[] fragment) {
        int end = fragment.length;
        while (end > 0 && fragment[end - 1] == 0 && fragment.length - end < 2) {
            end--;
        }
        return end >= 2 && (fragment[end - 2] & 0xFF) == 0xFF && (fragment[end - 1] & 0xFF) == 0xD9;
    }

    private static byte[] concat(List<byte[]> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
