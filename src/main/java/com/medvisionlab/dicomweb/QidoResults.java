package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.IndexedStudy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * QIDO-RS results as DICOM JSON (PS3.18 10.6.3, Tables 10.6.3-3 to -5): what the index holds of each study, series
 * or instance, with its RetrieveURL. The index keeps a fixed set of attributes, which is returned whatever
 * {@code includefield} asks for.
 */
final class QidoResults {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

    private QidoResults() {}

    static <T> String json(List<T> items, Function<T, Dataset> toDataset) {
        var out = new StringBuilder(512 * Math.max(1, items.size()));
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(DicomJsonWriter.toJson(toDataset.apply(items.get(i))));
        }
        return out.append(']').toString();
    }

    static Dataset study(IndexedStudy study, RetrieveUrls urls) {
        var a = study.attributes();
        var ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        date(ds, Tags.StudyDate, a.studyDate());
        time(ds, Tags.StudyTime, a.studyTime());
        text(ds, Tags.AccessionNumber, VR.SH, a.accessionNumber());
        ds.setString(Tags.InstanceAvailability, VR.CS, "ONLINE");
        if (!study.modalitiesInStudy().isEmpty()) {
            ds.setString(
                    Tags.ModalitiesInStudy, VR.CS, study.modalitiesInStudy().toArray(String[]::new));
        }
        text(ds, Tags.ReferringPhysicianName, VR.PN, a.referringPhysicianName());
        text(ds, Tags.TimezoneOffsetFromUTC, VR.SH, a.timezoneOffsetFromUtc());
        ds.setString(Tags.RetrieveURL, VR.UR, urls.study(a.studyInstanceUid()));
        text(ds, Tags.PatientName, VR.PN, a.patientName());
        text(ds, Tags.PatientID, VR.LO, a.patientId());
        date(ds, Tags.PatientBirthDate, a.patientBirthDate());
        text(ds, Tags.PatientSex, VR.CS, a.patientSex());
        text(ds, Tags.PatientAge, VR.AS, a.patientAge());
        ds.setString(Tags.StudyInstanceUID, VR.UI, a.studyInstanceUid());
        text(ds, Tags.StudyID, VR.SH, a.studyId());
        ds.setInts(Tags.NumberOfStudyRelatedSeries, VR.IS, study.numberOfSeries());
        ds.setInts(Tags.NumberOfStudyRelatedInstances, VR.IS, study.numberOfInstances());
        text(ds, Tags.StudyDescription, VR.LO, a.studyDescription());
        return ds;
    }

    static Dataset series(IndexedSeries series, RetrieveUrls urls) {
        var a = series.attributes();
        var ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        text(ds, Tags.Modality, VR.CS, a.modality());
        date(ds, Tags.SeriesDate, a.seriesDate());
        time(ds, Tags.SeriesTime, a.seriesTime());
        text(ds, Tags.SeriesDescription, VR.LO, a.seriesDescription());
        text(ds, Tags.BodyPartExamined, VR.CS, a.bodyPartExamined());
        ds.setString(Tags.RetrieveURL, VR.UR, urls.series(series.studyInstanceUid(), a.seriesInstanceUid()));
        ds.setString(Tags.StudyInstanceUID, VR.UI, series.studyInstanceUid());
        ds.setString(Tags.SeriesInstanceUID, VR.UI, a.seriesInstanceUid());
        integer(ds, Tags.SeriesNumber, VR.IS, a.seriesNumber());
        ds.setInts(Tags.NumberOfSeriesRelatedInstances, VR.IS, series.numberOfInstances());
        date(ds, Tags.PerformedProcedureStepStartDate, a.performedProcedureStepStartDate());
        time(ds, Tags.PerformedProcedureStepStartTime, a.performedProcedureStepStartTime());
        return ds;
    }

    static Dataset instance(IndexedInstance instance, RetrieveUrls urls) {
        var a = instance.attributes();
        var ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.SOPClassUID, VR.UI, a.sopClassUid());
        ds.setString(Tags.SOPInstanceUID, VR.UI, a.sopInstanceUid());
        ds.setString(Tags.InstanceAvailability, VR.CS, "ONLINE");
        ds.setString(
                Tags.RetrieveURL,
                VR.UR,
                urls.instance(instance.studyInstanceUid(), instance.seriesInstanceUid(), a.sopInstanceUid()));
        ds.setString(Tags.StudyInstanceUID, VR.UI, instance.studyInstanceUid());
        ds.setString(Tags.SeriesInstanceUID, VR.UI, instance.seriesInstanceUid());
        integer(ds, Tags.InstanceNumber, VR.IS, a.instanceNumber());
        integer(ds, Tags.Rows, VR.US, a.rows());
        integer(ds, Tags.Columns, VR.US, a.columns());
        integer(ds, Tags.BitsAllocated, VR.US, a.bitsAllocated());
        integer(ds, Tags.NumberOfFrames, VR.IS, a.numberOfFrames());
        text(ds, Tags.PhotometricInterpretation, VR.CS, a.photometricInterpretation());
        return ds;
    }

    private static void text(Dataset ds, int tag, VR vr, Optional<String> value) {
        value.filter(v -> !v.isEmpty()).ifPresent(v -> ds.setString(tag, vr, v));
    }

    private static void integer(Dataset ds, int tag, VR vr, OptionalInt value) {
        value.ifPresent(v -> ds.setInts(tag, vr, v));
    }

    private static void date(Dataset ds, int tag, Optional<LocalDate> value) {
        value.ifPresent(v -> ds.setString(tag, VR.DA, DA.format(v)));
    }

    private static void time(Dataset ds, int tag, Optional<LocalTime> value) {
        value.ifPresent(v -> ds.setString(
                tag, VR.TM, TM.format(v) + (v.getNano() == 0 ? "" : String.format(".%06d", v.getNano() / 1000))));
    }
}
