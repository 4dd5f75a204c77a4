/**
 * Ingest: the one path every object takes into the portal. A file (DICOM, JPEG, PNG; zips are unpacked by the
 * caller-facing upload layer) is read in memory, de-identified by the warm engine, encrypted into the blob store
 * and indexed, or handed to {@link com.medvisionlab.redaction.QuarantineInbox} when a human must look first.
 * No original byte touches disk. The upload view and DICOMweb STOW-RS both call {@link Ingestion}.
 */
@NullMarked
package com.medvisionlab.ingest;

import org.jspecify.annotations.NullMarked;
