package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.dicom.codec.FrameEncoder;
import com.medvisionlab.dicom.codec.PixelCodecs;
import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Writes redacted frames back into a dataset without further loss, choosing the output transfer syntax:
 * <ul>
 *   <li>native (any byte order) stays native: the writer keeps the source syntax and swaps for big endian;</li>
 *   <li>RLE Lossless stays RLE; JPEG Lossless (process 14, any predictor) becomes JPEG Lossless SV1;</li>
 *   <li>JPEG-LS lossless and JPEG 2000 lossless, which we cannot encode, become JPEG Lossless SV1 (RLE when the
 *       samples do not fit JPEG lossless);</li>
 *   <li>lossy JPEG baseline/extended, JPEG-LS near-lossless and JPEG 2000 are decoded once and written JPEG Lossless
 *       SV1: no second generation of loss, and Lossy Image Compression stays "01" with its ratio/method history.</li>
 * </ul>
 * One fragment per frame with a filled Basic Offset Table. The caller updates Transfer Syntax UID in the file meta.
 */
final class LosslessRewriter {

    /**
     * The lossy source syntaxes, each with its PS3.3 C.7.6.1.1.5.1 defined term of Lossy Image Compression Method.
     */
    private static final Map<TransferSyntax, String> LOSSY_METHOD = Map.of(
            TransferSyntax.JPEG_BASELINE_8BIT,
            "ISO_10918_1",
            TransferSyntax.JPEG_EXTENDED_12BIT,
            "ISO_10918_1",
            TransferSyntax.JPEG_LS_NEAR_LOSSLESS,
            "ISO_14495_1",
            TransferSyntax.JPEG_2000,
            "ISO_15444_1",
            TransferSyntax.HTJ2K,
            "ISO_15444_15");

    private LosslessRewriter() {}

    /** The syntax redacted frames of {@code sourceUid} are written in. */
    static String targetSyntax(String sourceUid, ImageDescriptor written) {
        TransferSyntax source = TransferSyntax.of(sourceUid);
        if (!source.encapsulated() || source.equals(TransferSyntax.RLE_LOSSLESS)) {
            return source.uid();
        }
        boolean jpegLosslessFits =
                written.bitsStored() >= 2 && written.bitsStored() <= 16 && written.bitsAllocated() <= 16;
        return (jpegLosslessFits ? TransferSyntax.JPEG_LOSSLESS_SV1 : TransferSyntax.RLE_LOSSLESS).uid();
    }

    static boolean isLossy(String transferSyntaxUid) {
        return LOSSY_METHOD.containsKey(TransferSyntax.of(transferSyntaxUid));
    }

    /**
     * Frames produced one at a time, each encoded before the next is asked for: a clip is never held decoded.
     *
     * @param descriptor what every frame looks like (as {@link FrameImages#written})
     */
    record Frames(ImageDescriptor descriptor, int count, IntFunction<RawFrame> frame) {}

    /**
     * Replaces Pixel Data with {@code frames} encoded in {@code targetUid} and updates the Image Pixel module
     * (photometric interpretation, planar configuration) and the lossy compression history. The frames may be
     * decoded from the current Pixel Data: it is replaced only after the last one is encoded.
     *
     * @param sourceUid  the syntax the frames were decoded from
     * @param sourceBytes encoded size of the source pixel data, for a ratio the source did not record
     */
    static void write(Dataset dataset, Frames frames, String sourceUid, String targetUid, long sourceBytes) {
        ImageDescriptor d = frames.descriptor();
        TransferSyntax target = TransferSyntax.of(targetUid);
        // Native output is written little endian whatever the target byte order: the writer swaps for big endian.
        FrameEncoder encoder =
                PixelCodecs.encoderFor(target.encapsulated() ? target : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        if (target.encapsulated()) {
            dataset.setFragments(Tags.PixelData, fragments(frames, encoder));
        } else {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int i = 0; i < frames.count(); i++) {
                all.writeBytes(encoder.encode(frames.frame().apply(i)));
            }
            if (all.size() % 2 != 0) {
                all.write(0);
            }
            dataset.setBytes(Tags.PixelData, d.bitsAllocated() > 8 ? VR.OW : VR.OB, all.toByteArray());
        }
        dataset.setString(
                Tags.PhotometricInterpretation,
                VR.CS,
                d.photometricInterpretation().code());
        if (d.samplesPerPixel() > 1) {
            dataset.setInts(Tags.PlanarConfiguration, VR.US, 0); // every encoder writes pixel-interleaved frames
        }
        if (isLossy(sourceUid)) {
            recordLossyHistory(dataset, sourceUid, d, frames.count(), sourceBytes);
        }
    }

    private static Fragments fragments(Frames frames, FrameEncoder encoder) {
        Fragments fragments = new Fragments(VR.OB);
        ByteBuffer offsets = ByteBuffer.allocate(4 * frames.count()).order(ByteOrder.LITTLE_ENDIAN);
        long offset = 0;
        for (int i = 0; i < frames.count(); i++) {
            byte[] encoded = encoder.encode(frames.frame().apply(i));
            if (encoded.length % 2 != 0) {
                encoded = java.util.Arrays.copyOf(encoded, encoded.length + 1); // items have even length
            }
            offsets.putInt((int) offset);
            offset += 8 + encoded.length;
            fragments.add(new InlineBytes(encoded));
        }
        if (offset <= 0xFFFFFFFFL) {
            fragments.setBasicOffsetTable(new InlineBytes(offsets.array()));
        }
        return fragments;
    }

    /** PS3.3 C.7.6.1.1.5: once lossy, always "01"; method and ratio values are kept, ours appended if missing. */
    private static void recordLossyHistory(
            Dataset dataset, String sourceUid, ImageDescriptor d, int frames, long sourceBytes) {
        dataset.setString(Tags.LossyImageCompression, VR.CS, "01");
        List<String> methods = dataset.getStrings(Tags.LossyImageCompressionMethod);
        if (methods.isEmpty()) {
            String method = LOSSY_METHOD.get(TransferSyntax.of(sourceUid));
            double ratio = sourceBytes <= 0
                    ? 0
                    : (double) d.pixelsPerFrame()
                            * d.samplesPerPixel()
                            * (d.bitsAllocated() / 8)
                            * frames
                            / sourceBytes;
            if (method != null) {
                dataset.setString(Tags.LossyImageCompressionMethod, VR.CS, method);
                if (ratio > 0
                        && dataset.getStrings(Tags.LossyImageCompressionRatio).isEmpty()) {
                    dataset.setString(
                            Tags.LossyImageCompressionRatio, VR.DS, String.format(Locale.ROOT, "%.2f", ratio));
                }
            }
        }
    }

    /** Total encoded length of the current Pixel Data (all fragments, or the native value). */
    static long encodedLength(Dataset dataset) {
        return dataset.getFragments(Tags.PixelData)
                .map(f -> f.fragments().stream().mapToLong(BinaryValue::length).sum())
                .orElseGet(() -> dataset.getBulkData(Tags.PixelData)
                        .map(b -> b.length())
                        .orElseGet(() -> dataset.getBytes(Tags.PixelData)
                                .map(b -> (long) b.length)
                                .orElse(0L)));
    }
}
