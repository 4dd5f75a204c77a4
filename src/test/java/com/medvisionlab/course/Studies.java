package com.medvisionlab.course;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.StoredObject;
import java.util.UUID;

/** Indexes small synthetic studies (for any feature's tests) (UIDs unique per call: the PostgreSQL test database is shared between runs). */
public final class Studies {

    public record Indexed(String study, String series, String image) {}

    private Studies() {}

    public static Indexed index(ImagingIndex index, String description) {
        var study = uid();
        var series = uid();
        var image = uid();
        var dataset = new Dataset();
        dataset.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        dataset.setString(Tags.SOPInstanceUID, VR.UI, image);
        dataset.setString(Tags.StudyInstanceUID, VR.UI, study);
        dataset.setString(Tags.SeriesInstanceUID, VR.UI, series);
        dataset.setString(Tags.StudyDescription, VR.LO, description);
        dataset.setString(Tags.Modality, VR.CS, "CT");
        index.index(
                dataset,
                new StoredObject("blobs/" + image, 1, "0".repeat(64), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid()));
        return new Indexed(study, series, image);
    }

    /** A UUID-derived UID (PS3.5 B.2). */
    public static String uid() {
        var uuid = UUID.randomUUID();
        return "2.25."
                + new java.math.BigInteger(
                                1,
                                java.nio.ByteBuffer.allocate(16)
                                        .putLong(uuid.getMostSignificantBits())
                                        .putLong(uuid.getLeastSignificantBits())
                                        .array())
                        .toString();
    }
}
