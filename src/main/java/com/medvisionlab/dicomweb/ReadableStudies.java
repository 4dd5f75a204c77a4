package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.InstanceQuery;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.StudyReadAccess;
import com.medvisionlab.imaging.StudyScope;
import com.medvisionlab.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the caller may read, from the study scope the course model gives them. A study outside the scope is refused
 * (403), as the UI refuses a case the reader may not see; one the portal does not hold is "not found" (404). Study
 * Instance UIDs are random and de-identified, so telling the two apart reveals nothing about a patient.
 */
@Component
class ReadableStudies {

    private final ImagingIndex index;
    private final StudyReadAccess access;
    private final BlobStore blobs;

    ReadableStudies(ImagingIndex index, StudyReadAccess access, BlobStore blobs) {
        this.index = index;
        this.access = access;
        this.blobs = blobs;
    }

    StudyScope scope(@Nullable Authentication who) {
        return access.scopeFor(who);
    }

    /**
     * The Study Instance UIDs a query may match: the requested ones inside the scope, or the whole scope when none
     * were requested; empty when nothing can match (an empty list means "no restriction" only for scope ALL).
     */
    static Optional<List<String>> restrict(StudyScope scope, List<String> requested) {
        return switch (scope) {
            case StudyScope.All all -> Optional.of(requested);
            case StudyScope.Only only -> {
                var allowed = requested.isEmpty()
                        ? List.copyOf(only.studyInstanceUids())
                        : requested.stream().filter(only::allows).toList();
                yield allowed.isEmpty() ? Optional.empty() : Optional.of(allowed);
            }
        };
    }

    /** Refuses (403) a held study outside the scope of {@code who}, and (404) one the portal does not hold. */
    void requireReadable(@Nullable Authentication who, String study) {
        if (!scope(who).allows(study)) {
            throw index.study(study).isPresent() ? DicomWebException.forbidden() : DicomWebException.notFound();
        }
    }

    /** One instance at its place in the hierarchy, readable by {@code who}. */
    IndexedInstance instance(@Nullable Authentication who, String study, String series, String sop) {
        var found = index.instance(sop)
                .filter(i -> i.studyInstanceUid().equals(study)
                        && i.seriesInstanceUid().equals(series))
                .orElseThrow(DicomWebException::notFound);
        if (!scope(who).allows(study)) {
            throw DicomWebException.forbidden();
        }
        return found;
    }

    /** Every instance of a study, or of one of its series, readable by {@code who}; never empty. */
    List<IndexedInstance> instances(@Nullable Authentication who, String study, @Nullable String series) {
        requireReadable(who, study);
        var found = new ArrayList<IndexedInstance>();
        for (int offset = 0; ; offset += Page.MAX_LIMIT) {
            var query = InstanceQuery.builder(new Page(Page.MAX_LIMIT, offset)).studyInstanceUids(List.of(study));
            if (series != null) {
                query.seriesInstanceUids(List.of(series));
            }
            var page = index.findInstances(query.build());
            found.addAll(page.items());
            if (page.items().size() < Page.MAX_LIMIT || found.size() >= page.total()) {
                break;
            }
        }
        if (found.isEmpty()) {
            throw DicomWebException.notFound();
        }
        return found;
    }

    InputStream open(IndexedInstance instance) throws IOException {
        return blobs.get(instance.stored().blobKey());
    }

    /** The decodable pixel data of an instance; 404 when it has none. */
    PixelFrames pixels(IndexedInstance object) throws IOException {
        DicomFile file;
        try (InputStream in = open(object)) {
            file = DicomReader.read(
                    in,
                    object.attributes().sopInstanceUid(),
                    ReadOptions.builder().loadAllValues().build());
        }
        try {
            return PixelFrames.of(file);
        } catch (RuntimeException noPixels) {
            throw DicomWebException.notFound();
        }
    }

    InputStream openBlob(String key) throws IOException {
        return blobs.get(key);
    }

    ImagingIndex index() {
        return index;
    }
}
