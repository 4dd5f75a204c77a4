package com.medvisionlab.dicom.io;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A transfer syntax UID and the encoding properties the parser, the writer and the codecs need (PS3.5 10, Annex A;
 * UIDs from PS3.6 Table A-1). Every syntax we know is a constant here, so no other code needs a UID literal;
 * {@link #of} also represents UIDs we do not know.
 */
public final class TransferSyntax {

    /** Whether each element header carries its VR (PS3.5 7.1). */
    public enum VrEncoding {
        IMPLICIT,
        EXPLICIT
    }

    /** Byte order of binary values and header fields (PS3.5 7.3). */
    public enum Endianness {
        LITTLE,
        BIG
    }

    /** Whether the dataset after the file meta header is a deflate stream (PS3.5 A.5). */
    public enum DatasetDeflation {
        NONE,
        DEFLATED
    }

    /** Pixel Data as plain samples (PS3.5 8.1) or as fragments of a compressed codestream (PS3.5 A.4). */
    public enum PixelEncoding {
        NATIVE,
        ENCAPSULATED
    }

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = new TransferSyntax(
            "1.2.840.10008.1.2",
            "Implicit VR Little Endian",
            VrEncoding.IMPLICIT,
            Endianness.LITTLE,
            DatasetDeflation.NONE,
            PixelEncoding.NATIVE);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = new TransferSyntax(
            "1.2.840.10008.1.2.1",
            "Explicit VR Little Endian",
            VrEncoding.EXPLICIT,
            Endianness.LITTLE,
            DatasetDeflation.NONE,
            PixelEncoding.NATIVE);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = new TransferSyntax(
            "1.2.840.10008.1.2.1.99",
            "Deflated Explicit VR Little Endian",
            VrEncoding.EXPLICIT,
            Endianness.LITTLE,
            DatasetDeflation.DEFLATED,
            PixelEncoding.NATIVE);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = new TransferSyntax(
            "1.2.840.10008.1.2.2",
            "Explicit VR Big Endian (retired)",
            VrEncoding.EXPLICIT,
            Endianness.BIG,
            DatasetDeflation.NONE,
            PixelEncoding.NATIVE);

    public static final TransferSyntax JPEG_BASELINE_8BIT =
            encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)");
    public static final TransferSyntax JPEG_EXTENDED_12BIT =
            encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)");
    public static final TransferSyntax JPEG_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)");
    public static final TransferSyntax JPEG_LOSSLESS_SV1 =
            encapsulated("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (SV1)");
    public static final TransferSyntax JPEG_LS_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless");
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)");
    public static final TransferSyntax JPEG_2000_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)");
    public static final TransferSyntax JPEG_2000 =
            encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression");
    public static final TransferSyntax JPEG_2000_MULTI_COMPONENT_LOSSLESS = encapsulated(
            "1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)");
    public static final TransferSyntax JPEG_2000_MULTI_COMPONENT =
            encapsulated("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression");
    public static final TransferSyntax JPIP_REFERENCED = encapsulated("1.2.840.10008.1.2.4.94", "JPIP Referenced");
    public static final TransferSyntax JPIP_REFERENCED_DEFLATE =
            encapsulated("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate");
    public static final TransferSyntax MPEG2_MAIN_PROFILE =
            encapsulated("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level");
    public static final TransferSyntax MPEG4_AVC_H264_HIGH_PROFILE =
            encapsulated("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1");
    public static final TransferSyntax JPEG_XL_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.110", "JPEG XL Lossless");
    public static final TransferSyntax JPEG_XL_JPEG_RECOMPRESSION =
            encapsulated("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression");
    public static final TransferSyntax JPEG_XL = encapsulated("1.2.840.10008.1.2.4.112", "JPEG XL");
    public static final TransferSyntax HTJ2K_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)");
    public static final TransferSyntax HTJ2K_RPCL_LOSSLESS = encapsulated(
            "1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)");
    public static final TransferSyntax HTJ2K =
            encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression");
    public static final TransferSyntax RLE_LOSSLESS = encapsulated("1.2.840.10008.1.2.5", "RLE Lossless");

    private static final Map<String, TransferSyntax> KNOWN = Stream.of(
                    IMPLICIT_VR_LITTLE_ENDIAN,
                    EXPLICIT_VR_LITTLE_ENDIAN,
                    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                    EXPLICIT_VR_BIG_ENDIAN,
                    JPEG_BASELINE_8BIT,
                    JPEG_EXTENDED_12BIT,
                    JPEG_LOSSLESS,
                    JPEG_LOSSLESS_SV1,
                    JPEG_LS_LOSSLESS,
                    JPEG_LS_NEAR_LOSSLESS,
                    JPEG_2000_LOSSLESS,
                    JPEG_2000,
                    JPEG_2000_MULTI_COMPONENT_LOSSLESS,
                    JPEG_2000_MULTI_COMPONENT,
                    JPIP_REFERENCED,
                    JPIP_REFERENCED_DEFLATE,
                    MPEG2_MAIN_PROFILE,
                    MPEG4_AVC_H264_HIGH_PROFILE,
                    JPEG_XL_LOSSLESS,
                    JPEG_XL_JPEG_RECOMPRESSION,
                    JPEG_XL,
                    HTJ2K_LOSSLESS,
                    HTJ2K_RPCL_LOSSLESS,
                    HTJ2K,
                    RLE_LOSSLESS)
            .collect(Collectors.toUnmodifiableMap(TransferSyntax::uid, Function.identity()));

    private final String uid;
    private final String name;
    private final VrEncoding vrEncoding;
    private final Endianness endianness;
    private final DatasetDeflation deflation;
    private final PixelEncoding pixelEncoding;

    private TransferSyntax(
            String uid,
            String name,
            VrEncoding vrEncoding,
            Endianness endianness,
            DatasetDeflation deflation,
            PixelEncoding pixelEncoding) {
        this.uid = uid;
        this.name = name;
        this.vrEncoding = vrEncoding;
        this.endianness = endianness;
        this.deflation = deflation;
        this.pixelEncoding = pixelEncoding;
    }

    /** Every syntax defined since 1998 is explicit VR little endian with encapsulated pixel data. */
    private static TransferSyntax encapsulated(String uid, String name) {
        return new TransferSyntax(
                uid, name, VrEncoding.EXPLICIT, Endianness.LITTLE, DatasetDeflation.NONE, PixelEncoding.ENCAPSULATED);
    }

    /**
     * The transfer syntax for a UID (surrounding blanks and NUL padding ignored). Unknown UIDs are assumed to be
     * encoded like every syntax defined after 1998: explicit VR little endian with encapsulated pixel data.
     */
    public static TransferSyntax of(String uid) {
        String clean = uid.strip().replace("\0", "");
        TransferSyntax known = KNOWN.get(clean);
        return known != null ? known : encapsulated(clean, "unknown transfer syntax " + clean);
    }

    public boolean isKnown() {
        return KNOWN.containsKey(uid);
    }

    public String uid() {
        return uid;
    }

    /** The PS3.6 name, or "unknown transfer syntax" and the UID. */
    public String name() {
        return name;
    }

    public VrEncoding vrEncoding() {
        return vrEncoding;
    }

    public Endianness endianness() {
        return endianness;
    }

    public DatasetDeflation deflation() {
        return deflation;
    }

    public PixelEncoding pixelEncoding() {
        return pixelEncoding;
    }

    /** Whether Pixel Data is a sequence of fragments rather than plain samples. */
    public boolean encapsulated() {
        return pixelEncoding == PixelEncoding.ENCAPSULATED;
    }

    /** Transfer syntaxes are equal when their UIDs are: the UID determines everything else. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TransferSyntax that && uid.equals(that.uid);
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
