package com.medvisionlab.secondopinion;

/** What a batch run asks about. */
public sealed interface BatchSource {

    /** How the run's list shows it (a case set's or a series' title). */
    String label();

    /** Every case of a case set, each with its images and reference read. */
    record CaseSet(long caseSetId, String label) implements BatchSource {}

    /** Every image of a series already in the library (de-identified), one question per image, no reference. */
    record Series(String seriesInstanceUid, String label) implements BatchSource {}
}
