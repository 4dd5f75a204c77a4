package com.medvisionlab.ingest;

/** The de-identified identity of a stored or quarantined object. */
public record ObjectIds(String studyInstanceUid, String seriesInstanceUid, String sopClassUid, String sopInstanceUid) {}
