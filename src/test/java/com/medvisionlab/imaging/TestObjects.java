package com.medvisionlab.imaging;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Objects to index: shared sample files as stored, and small synthetic datasets for matching tests. */
final class TestObjects {

    private TestObjects() {}

    record Sample(Dataset dataset, StoredObject stored) {}

    /** A sample file as if ingest had stored its bytes under {@code samples/<name>}. */
    static Sample sample(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            DicomFile dicom = DicomReader.read(file);
            return new Sample(
                    dicom.dataset(),
                    new StoredObject(
                            "samples/" + file.getFileName(),
                            bytes.length,
                            sha256(bytes),
                            dicom.transferSyntax().uid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored object whose content is just the text: different texts, different hashes. */
    static StoredObject storedAs(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new StoredObject(
                "blobs/" + content, bytes.length, sha256(bytes), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
    }

    static Dataset object(String studyUid, String seriesUid, String sopUid) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(Tags.SOPInstanceUID, VR.UI, sopUid);
        ds.setString(Tags.StudyInstanceUID, VR.UI, studyUid);
        ds.setString(Tags.SeriesInstanceUID, VR.UI, seriesUid);
        return ds;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
