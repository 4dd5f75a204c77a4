package com.medvisionlab.dicomweb;

import com.medvisionlab.imaging.InstanceQuery;
import com.medvisionlab.imaging.QueryResult;
import com.medvisionlab.imaging.SeriesQuery;
import com.medvisionlab.imaging.StudyQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * QIDO-RS (PS3.18 10.6): studies, series and instances, matched by the index and limited to the caller's study
 * scope; DICOM JSON. The total number of matches is in {@code X-Total-Count}, for paging with limit and offset.
 */
@RestController
@RequestMapping(DicomWebRoute.BASE)
class QidoController {

    static final MediaType DICOM_JSON = MediaType.parseMediaType("application/dicom+json");

    private final ReadableStudies readable;

    QidoController(ReadableStudies readable) {
        this.readable = readable;
    }

    @GetMapping("/studies")
    ResponseEntity<byte[]> studies(
            @RequestParam MultiValueMap<String, String> query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @Nullable Authentication who,
            HttpServletRequest request) {
        acceptsJson(accept);
        var p = QidoParameters.parse(query);
        var uids = ReadableStudies.restrict(readable.scope(who), p.takeUids("StudyInstanceUID"));
        var q = StudyQuery.builder(p.page()).studyInstanceUids(uids.orElse(List.of()));
        p.take("PatientID").ifPresent(q::patientId);
        p.take("PatientName").ifPresent(q::patientName);
        p.takeDate("StudyDate").ifPresent(q::studyDate);
        p.take("AccessionNumber").ifPresent(q::accessionNumber);
        q.modalitiesInStudy(p.takeUids("ModalitiesInStudy"));
        p.take("StudyDescription").ifPresent(q::studyDescription);
        p.take("StudyID").ifPresent(q::studyId);
        p.ignoreTheRest();
        var urls = RetrieveUrls.of(request);
        return respond(
                p,
                uids.isEmpty() ? empty() : readable.index().findStudies(q.build()),
                study -> QidoResults.study(study, urls));
    }

    @GetMapping({"/series", "/studies/{study}/series"})
    ResponseEntity<byte[]> series(
            @PathVariable(required = false) @Nullable String study,
            @RequestParam MultiValueMap<String, String> query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @Nullable Authentication who,
            HttpServletRequest request) {
        acceptsJson(accept);
        var p = QidoParameters.parse(query);
        var requested = study != null ? List.of(study) : p.takeUids("StudyInstanceUID");
        var uids = ReadableStudies.restrict(readable.scope(who), requested);
        var q = SeriesQuery.builder(p.page()).studyInstanceUids(uids.orElse(List.of()));
        q.seriesInstanceUids(p.takeUids("SeriesInstanceUID"));
        p.take("Modality").ifPresent(q::modality);
        p.takeInt("SeriesNumber").ifPresent(q::seriesNumber);
        p.take("SeriesDescription").ifPresent(q::seriesDescription);
        p.take("BodyPartExamined").ifPresent(q::bodyPartExamined);
        p.ignoreTheRest();
        var urls = RetrieveUrls.of(request);
        return respond(
                p,
                uids.isEmpty() ? empty() : readable.index().findSeries(q.build()),
                series -> QidoResults.series(series, urls));
    }

    @GetMapping({"/instances", "/studies/{study}/instances", "/studies/{study}/series/{series}/instances"})
    ResponseEntity<byte[]> instances(
            @PathVariable(required = false) @Nullable String study,
            @PathVariable(required = false) @Nullable String series,
            @RequestParam MultiValueMap<String, String> query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @Nullable Authentication who,
            HttpServletRequest request) {
        acceptsJson(accept);
        var p = QidoParameters.parse(query);
        var requested = study != null ? List.of(study) : p.takeUids("StudyInstanceUID");
        var uids = ReadableStudies.restrict(readable.scope(who), requested);
        var q = InstanceQuery.builder(p.page()).studyInstanceUids(uids.orElse(List.of()));
        q.seriesInstanceUids(series != null ? List.of(series) : p.takeUids("SeriesInstanceUID"));
        q.sopInstanceUids(p.takeUids("SOPInstanceUID"));
        q.sopClassUids(p.takeUids("SOPClassUID"));
        p.takeInt("InstanceNumber").ifPresent(q::instanceNumber);
        p.ignoreTheRest();
        var urls = RetrieveUrls.of(request);
        return respond(
                p,
                uids.isEmpty() ? empty() : readable.index().findInstances(q.build()),
                instance -> QidoResults.instance(instance, urls));
    }

    private static <T> QueryResult<T> empty() {
        return new QueryResult<>(List.of(), 0);
    }

    private static <T> ResponseEntity<byte[]> respond(
            QidoParameters p, QueryResult<T> result, Function<T, com.medvisionlab.dicom.data.Dataset> toDataset) {
        var response =
                ResponseEntity.ok().contentType(DICOM_JSON).header("X-Total-Count", String.valueOf(result.total()));
        p.warnings().forEach(w -> response.header(HttpHeaders.WARNING, "299 medvision-lab \"" + w + "\""));
        return response.body(QidoResults.json(result.items(), toDataset).getBytes(StandardCharsets.UTF_8));
    }

    /** DICOM JSON is the one representation offered (application/json is its synonym for older clients). */
    static void acceptsJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        var ok = MediaType.parseMediaTypes(accept).stream()
                .anyMatch(
                        type -> type.isCompatibleWith(DICOM_JSON) || type.isCompatibleWith(MediaType.APPLICATION_JSON));
        if (!ok) {
            throw DicomWebException.notAcceptable(accept);
        }
    }
}
