/**
 * DICOMweb (PS3.18) at {@code /dicomweb}: QIDO-RS search, WADO-RS retrieve (instances, metadata, raw frames,
 * rendered images, thumbnails) and STOW-RS store, for viewers and for other archives (tested against Orthanc).
 *
 * <p>Security: a stateless filter chain of its own ({@link com.medvisionlab.dicomweb.DicomWebSecurity}) with HTTP
 * Basic (the portal's accounts) and personal API tokens ({@code Bearer}, {@link com.medvisionlab.apitoken}); guests
 * without credentials read what their study scope allows. Each route needs the permission the UI needs for the same
 * thing (reading: VIEW_PUBLISHED_CASES or VIEW_COURSE_CASES; storing: UPLOAD_STUDIES), and which studies someone
 * reads comes from {@link com.medvisionlab.imaging.StudyReadAccess}: QIDO results are filtered by the scope, WADO of
 * a study outside it is 403 (one the portal does not hold is 404). Every request is audited (who, route kind, study UID,
 * status; never query values, which could be names).
 *
 * <p>STOW-RS outcome mapping (PS3.18 10.5.3, Table 10.5.3-1/-2): a stored or already present object is a Referenced
 * SOP item with its de-identified UIDs, a RetrieveURL and Warning Reason 0xB000 "coercion of data elements" (the
 * portal always de-identifies). A quarantined object was taken but is held for review: it is a Referenced SOP item
 * with Warning Reason 0xB000 and no RetrieveURL, so clients do not resend it. A rejected object is a Failed SOP item
 * with the Failure Reason of its {@link com.medvisionlab.ingest.IngestOutcome.RejectionCause}. The status is 200 when
 * every object was stored, 202 when some failed or are held, 409 when none was taken.
 */
@NullMarked
package com.medvisionlab.dicomweb;

import org.jspecify.annotations.NullMarked;
