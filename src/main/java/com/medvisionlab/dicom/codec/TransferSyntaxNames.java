package com.medvisionlab.dicom.codec;

import java.util.Map;

/** Human-readable names of the pixel-bearing transfer syntaxes (PS3.6 Table A-1), for error messages. */
final class TransferSyntaxNames {

    private TransferSyntaxNames() {
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(Uids.IMPLICIT_VR_LITTLE_ENDIAN, "Implicit VR Little Endian"),
            Map.entry(Uids.EXPLICIT_VR_LITTLE_ENDIAN, "Explicit VR Little Endian"),
            Map.entry(Uids.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, "Deflated Explicit VR Little Endian"),
            Map.entry(Uids.EXPLICIT_VR_BIG_ENDIAN, "Explicit VR Big Endian"),
            Map.entry(Uids.JPEG_BASELINE_8BIT, "JPEG Baseline (Process 1)"),
            Map.entry(Uids.JPEG_EXTENDED_12BIT, "JPEG Extended (Process 2 & 4)"),
            Map.entry(Uids.JPEG_LOSSLESS, "JPEG Lossless, Non-Hierarchical (Process 14)"),
            Map.entry(Uids.JPEG_LOSSLESS_SV1, "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])"),
            Map.entry(Uids.JPEG_LS_LOSSLESS, "JPEG-LS Lossless Image Compression"),
            Map.entry(Uids.JPEG_LS_NEAR_LOSSLESS, "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            Map.entry(Uids.JPEG_2000_LOSSLESS, "JPEG 2000 Image Compression (Lossless Only)"),
            Map.entry(Uids.JPEG_2000, "JPEG 2000 Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            Map.entry("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            Map.entry("1.2.840.10008.1.2.4.110", "JPEG XL Lossless"),
            Map.entry("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression"),
            Map.entry("1.2.840.10008.1.2.4.112", "JPEG XL"),
            Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
            Map.entry(Uids.RLE_LOSSLESS, "RLE Lossless"));

    static String nameOf(String uid) {
        return NAMES.getOrDefault(uid, "unknown transfer syntax");
    }
}
