package com.medvisionlab.redaction;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexResult;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.StoredObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The review: ingest hands quarantined objects and automatically redacted images in ({@link QuarantineInbox});
 * researchers release (with boxes, after verification), discard or confirm them; authoring asks what still blocks a
 * study ({@link PublicationCheck}). Who may call the review actions is the views' business.
 */
@Service
@Transactional
public class RedactionReview implements QuarantineInbox, PublicationCheck {

    /**
     * Reasons that boxes cannot cure: ingest's key for an identifier its verification found in the header (the
     * original's identifiers are gone, so the header cannot be checked again here). Such an object is discarded.
     */
    static final Set<String> HEADER_FINDINGS = Set.of("ingest.quarantine.identifier-left");

    private final ReviewRows rows;
    private final ReviewBlobs blobs;
    private final ResidualTextCheck check;
    private final ImagingIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RedactionReview(
            ReviewRows rows,
            ReviewBlobs blobs,
            ResidualTextCheck check,
            ImagingIndex index,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.blobs = blobs;
        this.check = check;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void quarantine(
            String studyInstanceUid,
            String seriesInstanceUid,
            String sopInstanceUid,
            byte[] encoded,
            List<String> reasons,
            String actor) {
        String key = ReviewBlobs.quarantineKey(studyInstanceUid, sopInstanceUid);
        ReviewBlobs.uid(seriesInstanceUid);
        blobs.put(key, encoded); // encrypted by the store; the row below is what makes it visible
        rows.putQuarantined(
                new QuarantinedObject(
                        studyInstanceUid.strip(),
                        seriesInstanceUid.strip(),
                        sopInstanceUid.strip(),
                        reasons,
                        actor,
                        clock.instant(),
                        QuarantineState.PENDING,
                        List.of(),
                        Optional.empty()),
                key);
        events.publishEvent(event(RedactionAuditAction.OBJECT_QUARANTINED, sopInstanceUid.strip())
                .detail("reasons", String.join(",", reasons))
                .actedBy(actor));
    }

    @Override
    public void redactedAutomatically(
            String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, List<String> redactedAreas) {
        rows.putRedacted(
                ReviewBlobs.uid(studyInstanceUid),
                ReviewBlobs.uid(seriesInstanceUid),
                ReviewBlobs.uid(sopInstanceUid),
                redactedAreas,
                clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> unconfirmedInstances(Collection<String> studyInstanceUids) {
        return rows.unconfirmedIn(studyInstanceUids);
    }

    /** Quarantined objects waiting for a researcher, oldest first. */
    @Transactional(readOnly = true)
    public List<QuarantinedObject> pending() {
        return rows.quarantinedIn(QuarantineState.PENDING);
    }

    /** Redacted images not yet confirmed, oldest first. */
    @Transactional(readOnly = true)
    public List<RedactedImage> awaitingConfirmation() {
        return rows.redactedIn(ConfirmationState.UNCONFIRMED);
    }

    @Transactional(readOnly = true)
    public Optional<QuarantinedObject> quarantined(String sopInstanceUid) {
        return rows.quarantined(sopInstanceUid);
    }

    @Transactional(readOnly = true)
    public Optional<RedactedImage> redacted(String sopInstanceUid) {
        return rows.redacted(sopInstanceUid);
    }

    /** The quarantined object's pixels, for drawing boxes on. */
    @Transactional(readOnly = true)
    public ReviewImage quarantinedImage(String sopInstanceUid) {
        String key = rows.quarantineBlobKey(sopInstanceUid)
                .orElseThrow(() -> new ReviewException("redaction.error.unknown"));
        return image(blobs.read(key));
    }

    /** A stored image's pixels as they are now (automatic redactions already blanked). */
    @Transactional(readOnly = true)
    public ReviewImage storedImage(String sopInstanceUid) {
        return image(blobs.read(storedInstance(sopInstanceUid).stored().blobKey()));
    }

    /**
     * Blanks {@code boxes} on every frame of a pending quarantined object and verifies that no text is left; only
     * then stores it encrypted under its study, indexes it and marks it released and confirmed. Refused, it stays
     * pending with the boxes remembered.
     */
    public ReviewOutcome release(String sopInstanceUid, List<RedactionBox> boxes, String actor) {
        QuarantinedObject object = rows.quarantined(sopInstanceUid)
                .filter(o -> o.state() == QuarantineState.PENDING)
                .orElseThrow(() -> new ReviewException("redaction.error.not-pending"));
        String sop = object.sopInstanceUid();
        if (!object.boxes().equals(boxes)) {
            rows.recordBoxes(sop, boxes);
            events.publishEvent(event(RedactionAuditAction.REDACTION_BOXES_CHANGED, sop)
                    .detail("boxes", String.valueOf(boxes.size())));
        }
        if (object.reasons().stream().anyMatch(HEADER_FINDINGS::contains)) {
            return refused(sop, List.of(ReviewMessage.of("redaction.release.header-identifier")));
        }
        if (index.instance(sop).isPresent()) {
            return refused(sop, List.of(ReviewMessage.of("redaction.release.already-stored")));
        }
        BoxRedaction.Redacted redacted;
        try {
            redacted = BoxRedaction.apply(blobs.read(ReviewBlobs.quarantineKey(object.studyInstanceUid(), sop)), boxes);
        } catch (BoxRedaction.Failed failed) {
            return refused(sop, List.of(failed.reason()));
        }
        List<ReviewMessage> problems = check.problems(redacted.file());
        if (!problems.isEmpty()) {
            return refused(sop, problems);
        }
        StoredObject stored = stored(object.studyInstanceUid(), object.seriesInstanceUid(), sop, redacted);
        String key = stored.blobKey();
        blobs.put(key, redacted.bytes());
        IndexResult indexed = index.index(redacted.file().dataset(), stored);
        if (indexed.outcome() == IndexResult.Outcome.CONFLICT) {
            blobs.delete(key);
            return refused(sop, List.of(ReviewMessage.of("redaction.release.conflict")));
        }
        var now = clock.instant();
        rows.decide(sop, QuarantineState.RELEASED, actor, now);
        rows.putRedacted(object.studyInstanceUid(), object.seriesInstanceUid(), sop, redacted.areas(), now);
        rows.confirm(sop, redacted.areas(), boxes, actor, now);
        afterCommit(() -> blobs.delete(ReviewBlobs.quarantineKey(object.studyInstanceUid(), sop)));
        events.publishEvent(
                event(RedactionAuditAction.QUARANTINE_RELEASED, sop).detail("boxes", String.valueOf(boxes.size())));
        return new ReviewOutcome.Done(redacted.areas());
    }

    /** Throws a pending quarantined object away: its encrypted bytes are deleted, the row says who did it. */
    public void discard(String sopInstanceUid, String actor) {
        QuarantinedObject object = rows.quarantined(sopInstanceUid)
                .filter(o -> o.state() == QuarantineState.PENDING)
                .orElseThrow(() -> new ReviewException("redaction.error.not-pending"));
        rows.decide(object.sopInstanceUid(), QuarantineState.DISCARDED, actor, clock.instant());
        String key = ReviewBlobs.quarantineKey(object.studyInstanceUid(), object.sopInstanceUid());
        afterCommit(() -> blobs.delete(key));
        events.publishEvent(event(RedactionAuditAction.QUARANTINE_DISCARDED, object.sopInstanceUid()));
    }

    /**
     * Confirms an automatically redacted image, first blanking {@code addedBoxes} on every frame of the stored
     * object (the index then points at the new bytes). Pixels already blanked stay blanked: the original is gone.
     */
    public ReviewOutcome confirm(String sopInstanceUid, List<RedactionBox> addedBoxes, String actor) {
        RedactedImage image = rows.redacted(sopInstanceUid)
                .filter(i -> i.state() == ConfirmationState.UNCONFIRMED)
                .orElseThrow(() -> new ReviewException("redaction.error.not-unconfirmed"));
        String sop = image.sopInstanceUid();
        List<String> areas = new ArrayList<>(image.redactedAreas());
        if (!addedBoxes.isEmpty()) {
            IndexedInstance stored = storedInstance(sop);
            BoxRedaction.Redacted redacted;
            try {
                redacted = BoxRedaction.apply(blobs.read(stored.stored().blobKey()), addedBoxes);
            } catch (BoxRedaction.Failed failed) {
                return new ReviewOutcome.Refused(List.of(failed.reason()));
            }
            StoredObject replacement = stored(image.studyInstanceUid(), image.seriesInstanceUid(), sop, redacted);
            String key = replacement.blobKey();
            blobs.put(key, redacted.bytes());
            if (!index.replaceContent(sop, replacement)) {
                blobs.delete(key);
                throw new ReviewException("redaction.error.not-stored");
            }
            String old = stored.stored().blobKey();
            afterCommit(() -> blobs.delete(old));
            areas.addAll(redacted.areas());
            events.publishEvent(event(RedactionAuditAction.REDACTION_BOXES_CHANGED, sop)
                    .detail("boxes", String.valueOf(addedBoxes.size())));
        }
        rows.confirm(sop, areas, addedBoxes, actor, clock.instant());
        events.publishEvent(event(RedactionAuditAction.REDACTION_CONFIRMED, sop));
        return new ReviewOutcome.Done(areas);
    }

    private IndexedInstance storedInstance(String sop) {
        return index.instance(sop).orElseThrow(() -> new ReviewException("redaction.error.not-stored"));
    }

    private ReviewOutcome refused(String sop, List<ReviewMessage> reasons) {
        events.publishEvent(event(RedactionAuditAction.QUARANTINE_RELEASE_REFUSED, sop)
                .detail(
                        "reasons",
                        String.join(
                                ",",
                                reasons.stream()
                                        .map(ReviewMessage::key)
                                        .distinct()
                                        .toList())));
        return new ReviewOutcome.Refused(reasons);
    }

    private static ReviewImage image(byte[] part10) {
        try {
            return new ReviewImage(BoxRedaction.read(part10));
        } catch (DicomException e) {
            throw new ReviewException("redaction.verify.unreadable");
        } catch (RuntimeException e) { // no pixel data, or pixels the decoder does not know
            throw new ReviewException("redaction.verify.undecodable");
        }
    }

    private static StoredObject stored(String study, String series, String sop, BoxRedaction.Redacted redacted) {
        DicomFile file = redacted.file();
        String sha256 = sha256(redacted.bytes());
        String syntax = file.fileMeta()
                .getString(Tags.TransferSyntaxUID)
                .map(String::strip)
                .orElse(file.transferSyntax().uid());
        return new StoredObject(
                ReviewBlobs.studyKey(study, series, sop, sha256), redacted.bytes().length, sha256, syntax);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes blobs only once the rows that stop pointing at them are committed. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static AuditableEvent event(RedactionAuditAction action, String sop) {
        return AuditableEvent.of(action).target(RedactionAuditAction.TARGET_TYPE, sop);
    }
}
