package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import com.medvisionlab.ingest.ObjectIds;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The STOW-RS response dataset (PS3.18 10.5.3) built outcome by outcome; see the package documentation for how each
 * ingest outcome maps to it and to the HTTP status.
 */
final class StowResponse {

    /** Warning Reason: the origin server changed attributes (here: always, it de-identifies). */
    static final int COERCION_OF_DATA_ELEMENTS = 0xB000;

    static final int PROCESSING_FAILURE = 0x0110;
    static final int OUT_OF_RESOURCES = 0xA700;
    static final int DATA_SET_DOES_NOT_MATCH = 0xA900;
    static final int CANNOT_UNDERSTAND = 0xC000;

    /** The client's UIDs of an object that was not taken, when they could be read from it. */
    record OriginalIds(String sopClassUid, String sopInstanceUid) {}

    private final Dataset response = new Dataset();
    private final RetrieveUrls urls;
    private int stored;
    private int held;
    private int failed;
    private @Nullable String onlyStudy;
    private boolean severalStudies;

    StowResponse(RetrieveUrls urls) {
        this.urls = urls;
        response.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        response.newSequence(Tags.ReferencedSOPSequence);
    }

    void add(IngestOutcome outcome, Optional<OriginalIds> original) {
        switch (outcome) {
            case IngestOutcome.Stored s -> referenced(s.ids(), true);
            case IngestOutcome.AlreadyPresent a -> referenced(a.ids(), true);
            case IngestOutcome.Quarantined q -> referenced(q.ids(), false);
            case IngestOutcome.Rejected r -> failed(original, failureReason(r.cause()));
        }
    }

    /** A part that is no DICOM object at all (wrong media type), or that could not be read from the request. */
    void failed(Optional<OriginalIds> original, int reason) {
        failed++;
        var item = response.getSequence(Tags.FailedSOPSequence)
                .orElseGet(() -> response.newSequence(Tags.FailedSOPSequence))
                .addItem();
        original.ifPresent(ids -> {
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, ids.sopClassUid());
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, ids.sopInstanceUid());
        });
        item.setInts(Tags.FailureReason, VR.US, reason);
    }

    private void referenced(ObjectIds ids, boolean retrievable) {
        var item =
                response.getSequence(Tags.ReferencedSOPSequence).orElseThrow().addItem();
        item.setString(Tags.ReferencedSOPClassUID, VR.UI, ids.sopClassUid());
        item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, ids.sopInstanceUid());
        item.setInts(Tags.WarningReason, VR.US, COERCION_OF_DATA_ELEMENTS);
        if (retrievable) {
            stored++;
            item.setString(
                    Tags.RetrieveURL,
                    VR.UR,
                    urls.instance(ids.studyInstanceUid(), ids.seriesInstanceUid(), ids.sopInstanceUid()));
            if (onlyStudy == null) {
                onlyStudy = ids.studyInstanceUid();
            } else if (!onlyStudy.equals(ids.studyInstanceUid())) {
                severalStudies = true;
            }
        } else {
            held++;
        }
    }

    static int failureReason(RejectionCause cause) {
        return switch (cause) {
            case UNREADABLE -> CANNOT_UNDERSTAND;
            case TOO_LARGE -> OUT_OF_RESOURCES;
            case CONFLICT -> DATA_SET_DOES_NOT_MATCH;
            case PROCESSING_FAILURE -> PROCESSING_FAILURE;
        };
    }

    /** 200 all stored, 202 some failed or are held for review, 409 none taken. */
    int status() {
        if (stored + held == 0) {
            return 409;
        }
        return failed == 0 && held == 0 ? 200 : 202;
    }

    Dataset dataset() {
        if (onlyStudy != null && !severalStudies) {
            response.setString(Tags.RetrieveURL, VR.UR, urls.study(onlyStudy));
        }
        return response;
    }

    /** Counts for the audit trail: nothing identifying. */
    String summary() {
        return "stored=" + stored + " held=" + held + " failed=" + failed;
    }
}
