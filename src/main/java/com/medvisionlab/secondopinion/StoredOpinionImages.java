package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesAttributes;
import com.medvisionlab.imaging.SeriesQuery;
import com.medvisionlab.imaging.StudyReadAccess;
import com.medvisionlab.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Prepares images from the imaging index only: everything indexed went through de-identification at ingest, so an
 * object the index does not hold (or holds outside what the caller may read) never reaches an engine. The pixels
 * come from the encrypted blob store and are rendered by the DICOM core ({@link OpinionRendering}).
 *
 * <p>For a case: its key images in the author's order, else the middle image (by instance number, as the index
 * keeps it for thumbnails) of each linked series (all of the study's series when none is linked), at most
 * {@value #MAX_IMAGES_PER_CASE}: the first ones in that order, because authors list the most telling first. Cases
 * keep no window of their own, so each image is shown in its file's own window, or its modality's default.
 */
@Service
public class StoredOpinionImages implements OpinionImages {

    /** MedGemma-like models read a few images per question; more adds tokens, not insight. */
    static final int MAX_IMAGES_PER_CASE = 4;

    private static final Logger log = LoggerFactory.getLogger(StoredOpinionImages.class);

    private final ImagingIndex index;
    private final BlobStore blobs;
    private final CaseService cases;
    private final StudyReadAccess access;

    StoredOpinionImages(ImagingIndex index, BlobStore blobs, CaseService cases, StudyReadAccess access) {
        this.index = index;
        this.blobs = blobs;
        this.cases = cases;
        this.access = access;
    }

    /** @throws OpinionImageException when the case is not readable, has no study or no image can be rendered */
    @Override
    public List<PreparedImage> forCase(long caseId, int size) {
        var content = cases.read(caseId)
                .orElseThrow(() -> new OpinionImageException("ai.images.error.case-not-readable"))
                .teachingCase()
                .content();
        var prepared = new ArrayList<PreparedImage>();
        for (IndexedInstance image : imagesOf(content)) {
            prepared.add(render(image, middleFrame(image), size));
        }
        return prepared;
    }

    /** @throws OpinionImageException when the image is not indexed, not readable by the caller or has no such frame */
    @Override
    public PreparedImage forFrame(String sopInstanceUid, int frame, int size) {
        var image = readable(sopInstanceUid);
        return render(image, frame, size);
    }

    /** The modality and body part a case's images are of: its first linked (else first) series. */
    Optional<SeriesAttributes> seriesOf(CaseContent content) {
        return linkedSeries(content).stream().findFirst().map(IndexedSeries::attributes);
    }

    /** The images {@link #forCase} sends, in order, at most {@value #MAX_IMAGES_PER_CASE}. */
    List<IndexedInstance> imagesOf(CaseContent content) {
        var study = content.studyInstanceUid();
        if (study == null) {
            throw new OpinionImageException("ai.images.error.case-without-study");
        }
        List<String> chosen = content.keyImageUids().isEmpty()
                ? linkedSeries(content).stream()
                        .flatMap(s -> s.representativeSopInstanceUid().stream())
                        .toList()
                : content.keyImageUids();
        var images = chosen.stream()
                .limit(MAX_IMAGES_PER_CASE)
                .flatMap(uid -> index.instance(uid).stream())
                .filter(i -> i.studyInstanceUid().equals(study))
                .filter(i -> i.attributes().numberOfFrames().isPresent())
                .toList();
        if (images.isEmpty()) {
            throw new OpinionImageException("ai.images.error.case-without-images");
        }
        return images;
    }

    /** The middle frame of a multi-frame image (as thumbnails show it), 1-based. */
    static int middleFrame(IndexedInstance image) {
        return image.attributes().numberOfFrames().orElse(1) / 2 + 1;
    }

    IndexedInstance readable(String sopInstanceUid) {
        var image = index.instance(sopInstanceUid)
                .orElseThrow(() -> new OpinionImageException("ai.images.error.not-indexed"));
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (!access.scopeFor(who).allows(image.studyInstanceUid())) {
            throw new OpinionImageException("ai.images.error.not-readable");
        }
        return image;
    }

    private List<IndexedSeries> linkedSeries(CaseContent content) {
        var study = content.studyInstanceUid();
        if (study == null) {
            return List.of();
        }
        var query = SeriesQuery.builder(new Page(Page.MAX_LIMIT, 0)).studyInstanceUids(List.of(study));
        if (!content.seriesInstanceUids().isEmpty()) {
            query.seriesInstanceUids(content.seriesInstanceUids());
        }
        var found = index.findSeries(query.build()).items();
        if (content.seriesInstanceUids().isEmpty()) {
            return found;
        }
        // in the author's order
        return content.seriesInstanceUids().stream()
                .flatMap(uid ->
                        found.stream()
                                .filter(s -> s.attributes().seriesInstanceUid().equals(uid))
                                .findFirst()
                                .stream())
                .toList();
    }

    private PreparedImage render(IndexedInstance image, int frame, int size) {
        var modality = index.series(image.seriesInstanceUid())
                .flatMap(s -> s.attributes().modality())
                .orElse("");
        return OpinionRendering.prepare(
                pixels(image), modality, Optional.empty(), image.attributes().sopInstanceUid(), frame, size);
    }

    private PixelFrames pixels(IndexedInstance image) {
        DicomFile file;
        try (InputStream in = blobs.get(image.stored().blobKey())) {
            file = DicomReader.read(
                    in,
                    image.attributes().sopInstanceUid(),
                    ReadOptions.builder().loadAllValues().build());
        } catch (IOException | RuntimeException e) {
            // the UID is de-identified; the exception class says enough without any content
            log.warn(
                    "Stored object {} unreadable: {}",
                    image.stored().blobKey(),
                    e.getClass().getSimpleName());
            throw new OpinionImageException("ai.images.error.unreadable");
        }
        try {
            return PixelFrames.of(file);
        } catch (RuntimeException noPixels) {
            throw new OpinionImageException("ai.images.error.no-pixels");
        }
    }
}
