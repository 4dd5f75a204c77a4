package com.medvisionlab.imaging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The series-level attributes the index keeps (PS3.18 Table 10.6.3-4 plus body part and series date). Taken from
 * the first indexed instance of the series.
 */
public record SeriesAttributes(
        String seriesInstanceUid,
        Optional<String> modality,
        OptionalInt seriesNumber,
        Optional<String> seriesDescription,
        Optional<String> bodyPartExamined,
        Optional<LocalDate> seriesDate,
        Optional<LocalTime> seriesTime,
        Optional<LocalDate> performedProcedureStepStartDate,
        Optional<LocalTime> performedProcedureStepStartTime) {}
