package com.medvisionlab.ingest;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Uploads made up in memory: a CT slice with a planted patient, a photo, bytes that are nothing. */
final class SyntheticUploads {

    static final String PLANTED_NAME = "QUIXBLATT^ZEPHYRINA";
    static final String PLANTED_ID = "PID-7731-QX";

    private SyntheticUploads() {}

    /** A CT slice (64 x 64, 16-bit) of the planted patient with fresh UIDs; pixels are seeded noise. */
    static Slice ct(long pixelSeed) {
        return ct(randomUid(), randomUid(), randomUid(), pixelSeed);
    }

    static String randomUid() {
        UUID u = UUID.randomUUID();
        byte[] bits = java.nio.ByteBuffer.allocate(16)
                .putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits())
                .array();
        return "2.25." + new java.math.BigInteger(1, bits);
    }

    static Slice ct(String studyUid, String seriesUid, String sopUid, long pixelSeed) {
        Dataset meta = new Dataset();
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sopUid);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(Tags.SOPInstanceUID, VR.UI, sopUid);
        ds.setString(Tags.StudyInstanceUID, VR.UI, studyUid);
        ds.setString(Tags.SeriesInstanceUID, VR.UI, seriesUid);
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.setString(Tags.PatientName, VR.PN, PLANTED_NAME);
        ds.setString(Tags.PatientID, VR.LO, PLANTED_ID);
        ds.setString(Tags.PatientBirthDate, VR.DA, "19510423");
        ds.setString(Tags.StudyDate, VR.DA, "20240105");
        ds.setString(Tags.StudyDescription, VR.LO, "CT CHEST");
        ds.setString(Tags.InstitutionName, VR.LO, "Quixblatt Memorial Hospital");
        ds.setString(Tags.InstanceNumber, VR.IS, "1");
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.Rows, VR.US, 64);
        ds.setInts(Tags.Columns, VR.US, 64);
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, 12);
        ds.setInts(Tags.HighBit, VR.US, 11);
        ds.setInts(Tags.PixelRepresentation, VR.US, 0);
        byte[] pixels = new byte[64 * 64 * 2];
        Random random = new Random(pixelSeed);
        for (int i = 0; i < pixels.length; i += 2) {
            int v = random.nextInt(4096);
            pixels[i] = (byte) v;
            pixels[i + 1] = (byte) (v >> 8);
        }
        ds.setBytes(Tags.PixelData, VR.OW, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DicomWriter.write(
                    new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), out, WriteOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Slice(out.toByteArray(), pixels, sopUid);
    }

    /** @param pixels the raw pixel bytes as they are in the file */
    record Slice(byte[] bytes, byte[] pixels, String originalSopUid) {}

    /** A plain PNG photo (grey gradient, no text). */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
