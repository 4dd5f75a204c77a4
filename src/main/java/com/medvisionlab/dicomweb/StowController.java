package com.medvisionlab.dicomweb;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * STOW-RS (PS3.18 10.5): multipart/related application/dicom parts, read one at a time from the request and each
 * handed to ingest (de-identify, encrypt, index) while the next is read; a few parts are in flight at once so that
 * the cores are busy, and no more, so memory stays bounded whatever the request size.
 */
@RestController
@RequestMapping(DicomWebRoute.BASE + "/studies")
class StowController implements AutoCloseable {

    private static final String APPLICATION_DICOM = "application/dicom";

    private final ObjectProvider<Ingestion> ingestion;
    private final int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final ExecutorService workers = Executors.newFixedThreadPool(
            parallelism, Thread.ofPlatform().name("stow-", 0).daemon(true).factory());

    /** Ingestion comes from the ingest module; until it is there, storing answers 503. */
    StowController(ObjectProvider<Ingestion> ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping({"", "/{study}"})
    ResponseEntity<byte[]> store(
            @PathVariable(required = false) @Nullable String study,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication who,
            HttpServletRequest request)
            throws IOException {
        QidoController.acceptsJson(accept);
        var boundary = boundaryOf(contentType);
        var ingest = ingestion.getIfAvailable();
        if (ingest == null) {
            throw new DicomWebException(503, "dicomweb.error.unavailable");
        }
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), who.getName());
        var response = new StowResponse(RetrieveUrls.of(request));
        var reader = new MultipartRelatedReader(request.getInputStream(), boundary);
        var inFlight = new Semaphore(parallelism * 2);
        var executor = new DelegatingSecurityContextExecutorService(workers);
        var pending = new ArrayList<CompletableFuture<Runnable>>();
        int index = 0;
        for (var part = reader.next(); part.isPresent(); part = reader.next()) {
            var body = part.get();
            var name = "part-" + (++index);
            if (body.contentType()
                    .map(t -> !t.toLowerCase().startsWith(APPLICATION_DICOM))
                    .orElse(false)) {
                pending.add(CompletableFuture.completedFuture(
                        () -> response.failed(Optional.empty(), StowResponse.CANNOT_UNDERSTAND)));
                continue;
            }
            acquire(inFlight);
            pending.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return outcome(ingest, settings, study, new IncomingFile(name, body.body()), response);
                        } finally {
                            inFlight.release();
                        }
                    },
                    executor));
        }
        // outcomes are added in request order, on this thread: the response dataset is not shared between threads
        for (var outcome : pending) {
            outcome.join().run();
        }
        request.setAttribute(DicomWebAuditFilter.OUTCOME, response.summary());
        return ResponseEntity.status(response.status())
                .contentType(QidoController.DICOM_JSON)
                .body(DicomJsonWriter.toJson(response.dataset()).getBytes(StandardCharsets.UTF_8));
    }

    private static Runnable outcome(
            Ingestion ingest,
            IngestSettings settings,
            @Nullable String study,
            IncomingFile file,
            StowResponse response) {
        if (study != null) {
            var original = originalIds(file.content());
            if (original.isEmpty() || !study.equals(original.get().studyInstanceUid())) {
                var ids = original.map(OriginalStudy::ids);
                return () -> response.failed(ids, StowResponse.DATA_SET_DOES_NOT_MATCH);
            }
        }
        IngestOutcome outcome = ingest.ingest(file, settings);
        Optional<StowResponse.OriginalIds> failedIds = outcome instanceof IngestOutcome.Rejected
                ? originalIds(file.content()).map(OriginalStudy::ids)
                : Optional.empty();
        return () -> response.add(outcome, failedIds);
    }

    private record OriginalStudy(String studyInstanceUid, StowResponse.OriginalIds ids) {}

    /** The client's own UIDs, read from the header only; they go back to the client and nowhere else. */
    private static Optional<OriginalStudy> originalIds(byte[] content) {
        try {
            var dataset = DicomReader.read(
                            new ByteArrayInputStream(content),
                            "part",
                            ReadOptions.builder()
                                    .pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE)
                                    .build())
                    .dataset();
            return Optional.of(new OriginalStudy(
                    dataset.getString(Tags.StudyInstanceUID).orElse(""),
                    new StowResponse.OriginalIds(
                            dataset.getString(Tags.SOPClassUID).orElse(""),
                            dataset.getString(Tags.SOPInstanceUID).orElse(""))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void acquire(Semaphore inFlight) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicomWebException(503, "dicomweb.error.unavailable");
        }
    }

    /** The boundary of a multipart/related body whose parts are (or may be) application/dicom; else 415. */
    static String boundaryOf(String contentType) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            throw new DicomWebException(415, "dicomweb.error.unsupported-media-type");
        }
        var partType = type.getParameter("type");
        var boundary = type.getParameter("boundary");
        if (!type.getType().equals("multipart")
                || !type.getSubtype().equals("related")
                || boundary == null
                || (partType != null && !partType.replace("\"", "").equalsIgnoreCase(APPLICATION_DICOM))) {
            throw new DicomWebException(415, "dicomweb.error.unsupported-media-type");
        }
        return boundary.replace("\"", "");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
