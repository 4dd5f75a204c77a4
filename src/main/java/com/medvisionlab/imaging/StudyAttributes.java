package com.medvisionlab.imaging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The study-level attributes the index keeps (the QIDO-RS study return attributes, PS3.18 Table 10.6.3-3, plus the
 * description and the de-identified patient). Taken from the first indexed instance of the study.
 *
 * @param studyId the DICOM Study ID (0020,0010), not a database key
 */
public record StudyAttributes(
        String studyInstanceUid,
        Optional<String> patientId,
        Optional<String> patientName,
        Optional<LocalDate> patientBirthDate,
        Optional<String> patientSex,
        Optional<String> patientAge,
        Optional<LocalDate> studyDate,
        Optional<LocalTime> studyTime,
        Optional<String> timezoneOffsetFromUtc,
        Optional<String> accessionNumber,
        Optional<String> studyId,
        Optional<String> referringPhysicianName,
        Optional<String> studyDescription) {}
