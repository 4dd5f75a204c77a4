package com.medvisionlab.ingest;

import com.medvisionlab.deid.DeidConfig;

/**
 * How to take files in.
 *
 * @param deid  the de-identification to apply (the teaching preset unless a case set chose its options)
 * @param actor the user name the audit trail records
 */
public record IngestSettings(DeidConfig deid, String actor) {}
