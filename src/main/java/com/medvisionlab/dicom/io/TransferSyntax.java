package com.medvisionlab.dicom.io;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A transfer syntax UID and the encoding properties the parser and writer need (PS3.5 10, Annex A). */
public record TransferSyntax(String uid, String name, boolean explicitVr, boolean bigEndian, boolean deflated,
        boolean encapsulated) {

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, false);

    private static final Map<String, TransferSyntax> KNOWN = Stream.of(
            IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN,
            encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            encapsulated("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (SV1)"),
            encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
            encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)"),
            encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            encapsulated("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            encapsulated("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression"),
            encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            encapsulated("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            encapsulated("1.2.840.10008.1.2.4.110", "JPEG XL Lossless"),
            encapsulated("1.2.840.10008.1.2.4.112", "JPEG XL"),
            encapsulated("1.2.840.10008.1.2.5", "RLE Lossless"))
            .collect(Collectors.toUnmodifiableMap(TransferSyntax::uid, Function.identity()));

    private static TransferSyntax encapsulated(String uid, String name) {
        return new TransferSyntax(uid, name, true, false, false, true);
    }

    /**
     * The transfer syntax for a UID. Unknown UIDs are assumed to be explicit VR little endian with encapsulated pixel
     * data, which is what every transfer syntax defined after 1998 is.
     */
    public static TransferSyntax of(String uid) {
        String clean = uid.strip().replace("\0", "");
        TransferSyntax known = KNOWN.get(clean);
        return known != null ? known : new TransferSyntax(clean, "unknown transfer syntax " + clean, true, false, false, true);
    }

    public boolean isKnown() {
        return KNOWN.containsKey(uid);
    }
}
