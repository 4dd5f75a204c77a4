package com.medvisionlab.ingest;

import com.medvisionlab.deid.InstallationDeid.CleanPhoto;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A cleaned photo as a DICOM Secondary Capture image (PS3.3 A.8.1), uncompressed, so the viewer and WADO-RS treat it
 * like any image. Every attribute is written here from nothing: no patient, no dates, nothing of the upload but its
 * cleaned pixels. The photos of one {@link IngestSettings#batchId() batch} share one study and one series (UIDs
 * derived from the batch id); the instance UID derives from the batch and the cleaned pixels, so the same photo in
 * the same batch is the same object.
 */
final class PhotoCapture {

    static final String SECONDARY_CAPTURE_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.7";

    private PhotoCapture() {}

    static DicomFile wrap(CleanPhoto photo, String batchId) {
        BufferedImage image = decode(photo.bytes());
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.SOPClassUID, VR.UI, SECONDARY_CAPTURE_IMAGE_STORAGE);
        String sop = uid("photo:" + batchId + ":" + Part10.sha256(photo.bytes()));
        ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
        ds.setString(Tags.StudyInstanceUID, VR.UI, uid("study:" + batchId));
        ds.setString(Tags.SeriesInstanceUID, VR.UI, uid("series:" + batchId));
        ds.setString(Tags.Modality, VR.CS, "XC");
        ds.setString(Tags.ConversionType, VR.CS, "DI");
        ds.setString(Tags.SeriesDescription, VR.LO, "Photographs");
        for (int empty : new int[] {
            Tags.PatientName,
            Tags.PatientID,
            Tags.PatientBirthDate,
            Tags.PatientSex,
            Tags.StudyDate,
            Tags.StudyTime,
            Tags.ReferringPhysicianName,
            Tags.StudyID,
            Tags.AccessionNumber,
            Tags.SeriesNumber,
            Tags.InstanceNumber,
            Tags.PatientOrientation
        }) {
            ds.setNull(empty, vrOf(empty));
        }
        ds.setString(Tags.PatientIdentityRemoved, VR.CS, "YES");
        List<String> method = new ArrayList<>(List.of(
                "MedVision Lab photo sanitizer",
                "metadata dropped",
                "burned-in text blanked",
                "faces pixelated (" + photo.facesBlurred() + ")"));
        method.addAll(photo.redactedAreas());
        ds.setString(Tags.DeidentificationMethod, VR.LO, method.toArray(String[]::new));
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        pixels(ds, image);

        Dataset meta = new Dataset();
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, SECONDARY_CAPTURE_IMAGE_STORAGE);
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sop);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        return new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    private static VR vrOf(int tag) {
        return switch (tag) {
            case Tags.PatientName, Tags.ReferringPhysicianName -> VR.PN;
            case Tags.PatientBirthDate, Tags.StudyDate -> VR.DA;
            case Tags.StudyTime -> VR.TM;
            case Tags.PatientSex, Tags.PatientOrientation -> VR.CS;
            case Tags.StudyID, Tags.AccessionNumber -> VR.SH;
            case Tags.SeriesNumber, Tags.InstanceNumber -> VR.IS;
            default -> VR.LO;
        };
    }

    private static BufferedImage decode(byte[] cleaned) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
            if (image == null) {
                throw new IllegalStateException("the sanitizer's own output is not readable");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("decoding the sanitizer's own output failed", e);
        }
    }

    /** Grey stays grey (8 or 16 bits), everything else becomes 8-bit RGB, interleaved (Planar Configuration 0). */
    private static void pixels(Dataset ds, BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        boolean grey = raster.getNumBands() == 1 && image.getColorModel().getNumColorComponents() == 1;
        boolean sixteen = grey && raster.getDataBuffer().getDataType() == DataBuffer.TYPE_USHORT;
        ds.setInts(Tags.Rows, VR.US, height);
        ds.setInts(Tags.Columns, VR.US, width);
        ds.setInts(Tags.PixelRepresentation, VR.US, 0);
        if (grey) {
            int bits = sixteen ? 16 : 8;
            ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
            ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
            ds.setInts(Tags.BitsAllocated, VR.US, bits);
            ds.setInts(Tags.BitsStored, VR.US, bits);
            ds.setInts(Tags.HighBit, VR.US, bits - 1);
            int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
            byte[] bytes = new byte[samples.length * (sixteen ? 2 : 1) + (sixteen ? 0 : samples.length % 2)];
            for (int i = 0; i < samples.length; i++) {
                if (sixteen) {
                    bytes[2 * i] = (byte) samples[i];
                    bytes[2 * i + 1] = (byte) (samples[i] >> 8);
                } else {
                    bytes[i] = (byte) samples[i];
                }
            }
            ds.setBytes(Tags.PixelData, sixteen ? VR.OW : VR.OB, bytes);
            return;
        }
        ds.setInts(Tags.SamplesPerPixel, VR.US, 3);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "RGB");
        ds.setInts(Tags.PlanarConfiguration, VR.US, 0);
        ds.setInts(Tags.BitsAllocated, VR.US, 8);
        ds.setInts(Tags.BitsStored, VR.US, 8);
        ds.setInts(Tags.HighBit, VR.US, 7);
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[argb.length * 3 + (argb.length * 3) % 2];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        ds.setBytes(Tags.PixelData, VR.OB, rgb);
    }

    /** A 2.25 UID (PS3.5 B.2) from the first 128 bits of SHA-256 of the text. */
    static String uid(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "2.25." + new BigInteger(1, Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
