package com.medvisionlab.demo.phantom;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.TransferSyntax;

/** The header attributes a scanner writes about patient, visit and equipment; shared by both generators. */
final class IdentifyingHeader {

    private IdentifyingHeader() {}

    /** A new data set in UTF-8 (the Chinese names need it) with patient, study and equipment attributes. */
    static Dataset start(SyntheticPatient patient, Study study) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.PatientName, VR.PN, patient.name());
        ds.setString(Tags.PatientID, VR.LO, patient.patientId());
        ds.setString(Tags.PatientBirthDate, VR.DA, patient.birthDate());
        ds.setString(Tags.PatientSex, VR.CS, patient.sex());
        ds.setString(Tags.InstitutionName, VR.LO, patient.institution());
        ds.setString(Tags.ReferringPhysicianName, VR.PN, patient.referrer());
        ds.setString(Tags.AccessionNumber, VR.SH, study.accession());
        ds.setString(Tags.StudyInstanceUID, VR.UI, study.studyUid());
        ds.setString(Tags.StudyID, VR.SH, study.accession());
        ds.setString(Tags.StudyDate, VR.DA, study.date());
        ds.setString(Tags.SeriesDate, VR.DA, study.date());
        ds.setString(Tags.ContentDate, VR.DA, study.date());
        ds.setString(Tags.StudyTime, VR.TM, study.time());
        ds.setString(Tags.StudyDescription, VR.LO, study.description());
        ds.setString(Tags.Manufacturer, VR.LO, "MedVision Lab phantom generator");
        ds.setString(Tags.StationName, VR.SH, "DEMO01");
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        return ds;
    }

    static Dataset fileMeta(String sopClassUid, String sopInstanceUid) {
        Dataset meta = new Dataset();
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, sopClassUid);
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sopInstanceUid);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        return meta;
    }

    /** Little-endian 16-bit samples, the layout of native OW Pixel Data. */
    static byte[] littleEndian(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >>> 8);
        }
        return bytes;
    }

    record Study(String studyUid, String accession, String date, String time, String description) {}
}
