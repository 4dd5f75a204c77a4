package com.medvisionlab.deid;

import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The groups of tags the engine treats specially, named with the generated {@link Tags} constants; single tags are
 * used as {@code Tags.*} directly.
 */
final class DicomTags {

    /** Dates a screen capture typically shows: birth, study, series, acquisition, content. */
    static final List<Integer> SCREEN_DATES =
            List.of(Tags.PatientBirthDate, Tags.StudyDate, Tags.SeriesDate, Tags.AcquisitionDate, Tags.ContentDate);

    /** File-meta AE titles name the sending/receiving devices: removed. */
    static final Set<Integer> META_AE_TITLES = Set.of(
            Tags.SourceApplicationEntityTitle,
            Tags.SendingApplicationEntityTitle,
            Tags.ReceivingApplicationEntityTitle);

    /** Elements of a code (value, scheme, meaning...): vocabulary, never identifying, never cleaned. */
    static final Set<Integer> CODE_ELEMENTS = Set.of(
            Tags.CodeValue,
            Tags.ExtendedCodeValue,
            Tags.CodingSchemeDesignator,
            Tags.CodingSchemeVersion,
            Tags.CodeMeaning,
            Tags.MappingResource,
            Tags.ContextGroupVersion,
            Tags.ContextGroupLocalVersion,
            Tags.ContextGroupExtensionFlag,
            Tags.CodingSchemeUID,
            Tags.ContextGroupExtensionCreatorUID,
            Tags.ContextIdentifier,
            Tags.ContextUID,
            Tags.MappingResourceUID,
            Tags.LongCodeValue,
            Tags.URNCodeValue,
            Tags.EquivalentCodeSequence,
            Tags.MappingResourceName);

    /** Identifiers of the patient or the encounter, searched for in free text and in the output. */
    static final Set<Integer> ID_ELEMENTS = Set.of(
            Tags.PatientID,
            Tags.OtherPatientIDs,
            Tags.AccessionNumber,
            Tags.StudyID,
            Tags.MedicalRecordLocator,
            Tags.AdmissionID,
            Tags.RequestedProcedureID,
            Tags.ScheduledProcedureStepID,
            Tags.PerformedProcedureStepID,
            Tags.PlacerOrderNumberImagingServiceRequest,
            Tags.FillerOrderNumberImagingServiceRequest,
            Tags.PatientTelephoneNumbers,
            Tags.ReferringPhysicianTelephoneNumbers,
            Tags.OtherPatientIDsSequence,
            Tags.PatientInsurancePlanCodeSequence,
            Tags.PatientInstitutionResidence,
            Tags.InsurancePlanIdentification);

    /** Institutions and addresses, searched for as whole phrases. */
    static final Set<Integer> PHRASE_ELEMENTS = Set.of(
            Tags.InstitutionName,
            Tags.InstitutionAddress,
            Tags.InstitutionalDepartmentName,
            Tags.PatientAddress,
            Tags.ReferringPhysicianAddress,
            Tags.IssuerOfPatientID,
            Tags.RegionOfResidence,
            Tags.ResponsibleOrganization,
            Tags.ScheduledProcedureStepLocation,
            Tags.ScheduledStudyLocation);

    /** VRs of free text a person may have typed: cleaned, or replaced by a dummy, when the policy asks. */
    static final Set<VR> TEXT_VRS = EnumSet.of(VR.LO, VR.SH, VR.ST, VR.LT, VR.UT, VR.UC, VR.PN);

    private DicomTags() {}

    /**
     * Whether the engine treats {@code tag} as private: a private element ({@link Tag#isPrivate}), or one of the odd
     * groups 0001, 0003, 0005, 0007 and FFFF, which PS3.5 7.1 reserves. Those hold no standard attribute and can have
     * no private creator, so, like a private element without a creator, such an element is never kept.
     */
    static boolean handledAsPrivate(int tag) {
        return (Tag.group(tag) & 1) == 1;
    }

    /** Curves (50xx,eeee) and overlay bitmaps (60xx,3000): binary data a text cleaner cannot read. */
    static boolean isOverlayOrCurveData(int tag) {
        int group = tag >>> 16;
        return (group & 0xFF00) == 0x5000 || ((group & 0xFF00) == 0x6000 && (tag & 0xFFFF) == 0x3000);
    }
}
