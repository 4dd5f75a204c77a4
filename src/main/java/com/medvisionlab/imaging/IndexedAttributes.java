package com.medvisionlab.imaging;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.imaging.InstanceAttributes.PixelSpacing;
import com.medvisionlab.imaging.InstanceAttributes.Rescale;
import com.medvisionlab.imaging.InstanceAttributes.Window;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The facts the index keeps about one object, read from its de-identified dataset. */
record IndexedAttributes(StudyAttributes study, SeriesAttributes series, InstanceAttributes instance) {

    /** PS3.5 9.1. */
    private static final int MAX_UID_LENGTH = 64;

    /**
     * @throws UnindexableObjectException when a UID the index is keyed by is missing or too long
     * @throws com.medvisionlab.dicom.data.MalformedValueException when a date, time or number cannot be decoded
     */
    static IndexedAttributes from(Dataset ds) {
        return new IndexedAttributes(study(ds), series(ds), instance(ds));
    }

    private static StudyAttributes study(Dataset ds) {
        return new StudyAttributes(
                uid(ds, Tags.StudyInstanceUID, "Study Instance UID"),
                text(ds, Tags.PatientID),
                text(ds, Tags.PatientName),
                ds.getDate(Tags.PatientBirthDate),
                text(ds, Tags.PatientSex),
                text(ds, Tags.PatientAge),
                ds.getDate(Tags.StudyDate),
                ds.getTime(Tags.StudyTime),
                text(ds, Tags.TimezoneOffsetFromUTC),
                text(ds, Tags.AccessionNumber),
                text(ds, Tags.StudyID),
                text(ds, Tags.ReferringPhysicianName),
                text(ds, Tags.StudyDescription));
    }

    private static SeriesAttributes series(Dataset ds) {
        return new SeriesAttributes(
                uid(ds, Tags.SeriesInstanceUID, "Series Instance UID"),
                text(ds, Tags.Modality),
                ds.getInt(Tags.SeriesNumber),
                text(ds, Tags.SeriesDescription),
                text(ds, Tags.BodyPartExamined),
                ds.getDate(Tags.SeriesDate),
                ds.getTime(Tags.SeriesTime),
                ds.getDate(Tags.PerformedProcedureStepStartDate),
                ds.getTime(Tags.PerformedProcedureStepStartTime));
    }

    private static InstanceAttributes instance(Dataset ds) {
        OptionalInt frames = ds.getInt(Tags.NumberOfFrames);
        if (frames.isEmpty() && ds.contains(Tags.PixelData)) {
            frames = OptionalInt.of(1);
        }
        Dataset measures = functionalGroup(ds, Tags.PixelSpacing, Tags.PixelMeasuresSequence);
        Dataset voi = functionalGroup(ds, Tags.WindowCenter, Tags.FrameVOILUTSequence);
        Dataset transformation = functionalGroup(ds, Tags.RescaleSlope, Tags.PixelValueTransformationSequence);
        return new InstanceAttributes(
                uid(ds, Tags.SOPInstanceUID, "SOP Instance UID"),
                uid(ds, Tags.SOPClassUID, "SOP Class UID"),
                ds.getInt(Tags.InstanceNumber),
                frames,
                ds.getInt(Tags.Rows),
                ds.getInt(Tags.Columns),
                ds.getInt(Tags.BitsAllocated),
                ds.getInt(Tags.BitsStored),
                ds.getInt(Tags.PixelRepresentation),
                text(ds, Tags.PhotometricInterpretation),
                pixelSpacing(measures),
                measures.getDouble(Tags.SliceThickness),
                ds.getDouble(Tags.SliceLocation),
                window(voi),
                rescale(transformation));
    }

    private static Optional<PixelSpacing> pixelSpacing(Dataset ds) {
        double[] spacing = ds.getDoubles(Tags.PixelSpacing);
        return spacing.length >= 2 ? Optional.of(new PixelSpacing(spacing[0], spacing[1])) : Optional.empty();
    }

    private static Optional<Window> window(Dataset ds) {
        OptionalDouble center = ds.getDouble(Tags.WindowCenter);
        OptionalDouble width = ds.getDouble(Tags.WindowWidth);
        return center.isPresent() && width.isPresent()
                ? Optional.of(new Window(center.getAsDouble(), width.getAsDouble()))
                : Optional.empty();
    }

    private static Optional<Rescale> rescale(Dataset ds) {
        OptionalDouble slope = ds.getDouble(Tags.RescaleSlope);
        OptionalDouble intercept = ds.getDouble(Tags.RescaleIntercept);
        return slope.isPresent() && intercept.isPresent()
                ? Optional.of(new Rescale(slope.getAsDouble(), intercept.getAsDouble()))
                : Optional.empty();
    }

    /**
     * Where an attribute of a functional-group macro lives: the top level for classic images, else the first item of
     * the macro's sequence in the Shared Functional Groups Sequence of an enhanced multi-frame image (PS3.3 C.7.6.16).
     * Falls back to the top level, which then simply lacks the attribute.
     */
    private static Dataset functionalGroup(Dataset ds, int tag, int macroSequence) {
        if (ds.contains(tag)) {
            return ds;
        }
        return firstItem(ds, Tags.SharedFunctionalGroupsSequence)
                .flatMap(shared -> firstItem(shared, macroSequence))
                .filter(item -> item.contains(tag))
                .orElse(ds);
    }

    private static Optional<Dataset> firstItem(Dataset ds, int sequenceTag) {
        return ds.getSequence(sequenceTag)
                .filter(s -> !s.isEmpty())
                .map(Sequence::items)
                .map(items -> items.getFirst());
    }

    private static String uid(Dataset ds, int tag, String name) {
        String uid = text(ds, tag)
                .orElseThrow(() -> new UnindexableObjectException(
                        "The object lacks " + name + String.format(" (%04X,%04X)", tag >>> 16, tag & 0xFFFF)));
        if (uid.length() > MAX_UID_LENGTH) {
            throw new UnindexableObjectException(name + " is longer than 64 characters: " + uid);
        }
        return uid;
    }

    private static Optional<String> text(Dataset ds, int tag) {
        return ds.getString(tag).filter(s -> !s.isBlank());
    }
}
