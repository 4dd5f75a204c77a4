package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.io.WriteOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexResult;
import com.medvisionlab.imaging.StoredObject;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestReason;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Stands in for the ingest module: a crude "de-identification" (patient replaced, UIDs hashed), stored and indexed
 * like the real one. Objects whose Patient ID is QUARANTINE are held; unreadable bytes are rejected.
 */
class FakeIngestion implements Ingestion {

    static final String ANONYMOUS_NAME = "ANONYMOUS^PATIENT";

    private final BlobStore blobs;
    private final ImagingIndex index;

    FakeIngestion(BlobStore blobs, ImagingIndex index) {
        this.blobs = blobs;
        this.index = index;
    }

    @Override
    public IngestOutcome ingest(IncomingFile file, IngestSettings settings) {
        DicomFile dicom;
        try {
            dicom = DicomReader.read(
                    new ByteArrayInputStream(file.content()),
                    file.name(),
                    ReadOptions.builder().loadAllValues().build());
        } catch (RuntimeException unreadable) {
            return new IngestOutcome.Rejected(
                    file.name(), IngestOutcome.RejectionCause.UNREADABLE, IngestReason.of("ingest.unreadable"));
        }
        var ds = dicom.dataset();
        boolean quarantine = ds.getString(Tags.PatientID).orElse("").equals("QUARANTINE");
        ds.setString(Tags.PatientName, VR.PN, ANONYMOUS_NAME);
        ds.setString(Tags.PatientID, VR.LO, "ANON");
        for (int tag : new int[] {Tags.StudyInstanceUID, Tags.SeriesInstanceUID, Tags.SOPInstanceUID}) {
            ds.setString(tag, VR.UI, newUid(ds.getString(tag).orElseThrow()));
        }
        dicom.fileMeta()
                .setString(
                        Tags.MediaStorageSOPInstanceUID,
                        VR.UI,
                        ds.getString(Tags.SOPInstanceUID).get());
        var ids = new ObjectIds(
                ds.getString(Tags.StudyInstanceUID).get(),
                ds.getString(Tags.SeriesInstanceUID).get(),
                ds.getString(Tags.SOPClassUID).get(),
                ds.getString(Tags.SOPInstanceUID).get());
        if (quarantine) {
            return new IngestOutcome.Quarantined(file.name(), ids, java.util.List.of(IngestReason.of("burned-in")));
        }
        try {
            var out = new ByteArrayOutputStream();
            DicomWriter.write(dicom, out, WriteOptions.keepSourceTransferSyntax());
            byte[] bytes = out.toByteArray();
            var key = "test/" + ids.sopInstanceUid() + ".dcm";
            blobs.put(key, new ByteArrayInputStream(bytes), bytes.length);
            var stored = new StoredObject(
                    key,
                    bytes.length,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    dicom.transferSyntax().uid());
            var result = index.index(ds, stored);
            return result.outcome() == IndexResult.Outcome.ALREADY_PRESENT
                    ? new IngestOutcome.AlreadyPresent(file.name(), ids)
                    : new IngestOutcome.Stored(file.name(), ids);
        } catch (Exception e) {
            return new IngestOutcome.Rejected(
                    file.name(), IngestOutcome.RejectionCause.PROCESSING_FAILURE, IngestReason.of("ingest.failed"));
        }
    }

    static String newUid(String original) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(original.getBytes(StandardCharsets.US_ASCII));
            return "2.25." + new BigInteger(1, java.util.Arrays.copyOf(hash, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
