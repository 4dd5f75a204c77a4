package com.medvisionlab.ingest;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A de-identified object encoded as a Part 10 file in memory, as it is stored. Native pixel data is written in
 * Explicit VR Little Endian whatever it arrived in (what WADO-RS serves best); encapsulated pixel data keeps the
 * syntax in the file meta, which a pixel cleaner updates when it re-encoded the pixels.
 *
 * @param sha256 lower-case hex, the index's notion of "the same object"
 */
record Part10(byte[] bytes, String transferSyntaxUid, String sha256) {

    static Part10 encode(DicomFile deidentified) {
        TransferSyntax source = deidentified
                .fileMeta()
                .getString(Tags.TransferSyntaxUID)
                .map(String::strip)
                .filter(uid -> !uid.isEmpty())
                .map(TransferSyntax::of)
                .orElse(deidentified.transferSyntax());
        TransferSyntax written = source.encapsulated() ? source : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DicomWriter.write(
                    new DicomFile(deidentified.fileMeta(), deidentified.dataset(), source),
                    out,
                    WriteOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("encoding in memory failed", e);
        }
        byte[] bytes = out.toByteArray();
        return new Part10(bytes, written.uid(), sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
