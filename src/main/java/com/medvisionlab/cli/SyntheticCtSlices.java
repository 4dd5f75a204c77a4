package com.medvisionlab.cli;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Synthetic 16-bit CT slices (512x512 unless asked otherwise) (explicit VR little endian) with a full, invented identifying header (name, IDs,
 * dates, institution, physicians, descriptions, GE-style private elements), 100 slices per patient: the input of
 * bench/deid.sh and of the tools' start-up training ({@link StartupTraining}). Deterministic (fixed seed), no real
 * data. Usage: {@code SyntheticCtSlices OUT_DIR [COUNT]}.
 */
public final class SyntheticCtSlices {

    private SyntheticCtSlices() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        write(Path.of(args[0]), count);
        System.out.println("generated " + count + " slices in " + args[0]);
    }

    /** Writes {@code count} slices of 512x512 named slice0001.dcm... into {@code dir}. */
    public static void write(Path dir, int count) throws IOException {
        write(dir, count, 512, 512);
    }

    /** The same slices at another size: large ones show whether a tool streams pixel data or holds it. */
    public static void write(Path dir, int count, int rows, int columns) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        byte[] pixels = new byte[rows * columns * 2];
        for (int i = 0; i < pixels.length; i += 2) {
            int v = 1000 + random.nextInt(200);
            pixels[i] = (byte) v;
            pixels[i + 1] = (byte) (v >>> 8);
        }
        String study = "1.2.826.0.1.3680043.9.7777.1";
        for (int n = 0; n < count; n++) {
            int patient = n / 100; // 10 patients, 100 slices each
            String series = study + "." + patient + ".1";
            String sop = series + "." + (n + 1);
            Dataset meta = new Dataset();
            meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sop);
            meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
            Dataset ds = new Dataset();
            ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
            ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
            ds.setString(Tags.StudyDate, VR.DA, "20240314");
            ds.setString(Tags.SeriesDate, VR.DA, "20240314");
            ds.setString(Tags.AcquisitionDate, VR.DA, "20240314");
            ds.setString(Tags.ContentDate, VR.DA, "20240314");
            ds.setString(Tags.StudyTime, VR.TM, "101500");
            ds.setString(Tags.AccessionNumber, VR.SH, "ACC" + (700000 + patient));
            ds.setString(Tags.Modality, VR.CS, "CT");
            ds.setString(Tags.Manufacturer, VR.LO, "GE MEDICAL SYSTEMS");
            ds.setString(Tags.InstitutionName, VR.LO, "Riverside General Hospital");
            ds.setString(Tags.InstitutionAddress, VR.ST, "12 Elm Street, Springfield");
            ds.setString(Tags.ReferringPhysicianName, VR.PN, "HOUSE^GREGORY^^DR");
            ds.setString(Tags.StationName, VR.SH, "CTSCAN01");
            ds.setString(Tags.StudyDescription, VR.LO, "CT CHEST W/O CONTRAST");
            ds.setString(Tags.SeriesDescription, VR.LO, "AXIAL 1.25MM for PATIENT" + patient + " SMITH");
            ds.setString(Tags.OperatorsName, VR.PN, "JONES^ANNA");
            ds.setString(Tags.PatientName, VR.PN, "SMITH^JOHN" + (char) ('A' + patient));
            ds.setString(Tags.PatientID, VR.LO, "MRN" + (900000 + patient));
            ds.setString(Tags.PatientBirthDate, VR.DA, "19560704");
            ds.setString(Tags.PatientSex, VR.CS, "M");
            ds.setString(Tags.PatientAge, VR.AS, "067Y");
            ds.setString(Tags.PatientAddress, VR.LO, "34 Oak Avenue^Springfield");
            ds.setString(Tags.OtherPatientIDs, VR.LO, "SSN123456789");
            ds.setString(Tags.DeviceSerialNumber, VR.LO, "SN-0042");
            ds.setString(Tags.SliceThickness, VR.DS, "1.25");
            ds.setString(0x00190010, VR.LO, "GEMS_ACQU_01");
            ds.setString(0x00191023, VR.DS, "5.0");
            ds.setString(0x00191002, VR.SL, "912");
            ds.setString(0x00090010, VR.LO, "GEMS_IDEN_01");
            ds.setString(0x00091001, VR.LO, "SMITH JOHN");
            ds.setString(Tags.StudyInstanceUID, VR.UI, study);
            ds.setString(Tags.SeriesInstanceUID, VR.UI, series);
            ds.setString(Tags.StudyID, VR.SH, "S" + patient);
            ds.setString(Tags.SeriesNumber, VR.IS, "1");
            ds.setString(Tags.InstanceNumber, VR.IS, String.valueOf(n % 100 + 1));
            ds.setString(Tags.FrameOfReferenceUID, VR.UI, study + "." + patient + ".9");
            ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
            ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
            ds.setInts(Tags.Rows, VR.US, rows);
            ds.setInts(Tags.Columns, VR.US, columns);
            ds.setInts(Tags.BitsAllocated, VR.US, 16);
            ds.setInts(Tags.BitsStored, VR.US, 16);
            ds.setInts(Tags.HighBit, VR.US, 15);
            ds.setInts(Tags.PixelRepresentation, VR.US, 0);
            ds.setBytes(Tags.PixelData, VR.OW, pixels);
            DicomWriter.write(
                    new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                    dir.resolve(String.format("slice%04d.dcm", n + 1)),
                    WriteOptions.keepSourceTransferSyntax());
        }
    }
}
