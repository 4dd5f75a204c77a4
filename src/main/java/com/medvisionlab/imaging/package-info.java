/**
 * The study / series / instance index of de-identified DICOM objects: what ingest fills and DICOMweb QIDO-RS and
 * WADO-RS read.
 *
 * <p>How to index: after de-identification and storing the bytes, call
 * {@link com.medvisionlab.imaging.ImagingIndex#index(com.medvisionlab.dicom.data.Dataset, StoredObject)} with the
 * de-identified dataset and where its bytes went. Study, series and instance rows and the study/series counts
 * change in one transaction. The same object again (same SOP Instance UID and SHA-256) is
 * {@link com.medvisionlab.imaging.IndexResult.Outcome#ALREADY_PRESENT}; a different object under a known SOP
 * Instance UID, or a known series under another study, is a
 * {@link com.medvisionlab.imaging.IndexResult.Outcome#CONFLICT} and changes nothing.
 *
 * <p>How to query: {@link com.medvisionlab.imaging.StudyQuery}, {@link com.medvisionlab.imaging.SeriesQuery} and
 * {@link com.medvisionlab.imaging.InstanceQuery} carry QIDO-RS matching keys as the request spells them (PS3.18
 * 10.6.1.2, PS3.4 C.2.2.2): {@code *} and {@code ?} wildcards on strings, {@code 20200101-20201231} date ranges with
 * open ends, UID lists; person names match case-insensitively. Results come one {@link com.medvisionlab.imaging.Page}
 * at a time with the total number of matches.
 *
 * <p>Only de-identified values are held here. Every study has a nullable collection (case/course) reference for the
 * per-course visibility that comes later.
 */
@NullMarked
package com.medvisionlab.imaging;

import org.jspecify.annotations.NullMarked;
