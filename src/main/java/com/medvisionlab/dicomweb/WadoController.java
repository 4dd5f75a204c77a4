package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import com.medvisionlab.imaging.IndexedInstance;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * WADO-RS (PS3.18 10.4): instances, series and studies as multipart/related application/dicom, metadata as DICOM
 * JSON, frames as raw little-endian octet streams for the viewer. Bodies stream from the blob store; nothing holds a
 * whole series. Strong ETags come from the stored SHA-256 of the objects; {@code If-None-Match} gives 304.
 */
@RestController
@RequestMapping(DicomWebRoute.BASE + "/studies/{study}")
class WadoController {

    private static final String APPLICATION_DICOM = "application/dicom";
    private static final String OCTET_STREAM = "application/octet-stream";

    private final ReadableStudies readable;

    WadoController(ReadableStudies readable) {
        this.readable = readable;
    }

    @GetMapping({"", "/series/{series}", "/series/{series}/instances/{instance}"})
    void retrieve(
            @PathVariable String study,
            @PathVariable(required = false) @Nullable String series,
            @PathVariable(required = false) @Nullable String instance,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        WadoMediaTypes.requireMultipart(accept, APPLICATION_DICOM);
        var instances = select(who, study, series, instance);
        var etag = ETags.of(instances, "dicom");
        if (ETags.notModified(etag, ifNoneMatch, response)) {
            return;
        }
        var multipart = new MultipartRelatedWriter(response.getOutputStream(), ETags.boundary(etag));
        response.setContentType(multipart.contentType(APPLICATION_DICOM));
        for (var object : instances) {
            multipart.part(
                    APPLICATION_DICOM + "; transfer-syntax=" + object.stored().transferSyntaxUid(),
                    object.attributes().sopInstanceUid(),
                    out -> {
                        try (InputStream in = readable.open(object)) {
                            in.transferTo(out);
                        }
                    });
        }
        multipart.end();
    }

    @GetMapping({"/metadata", "/series/{series}/metadata", "/series/{series}/instances/{instance}/metadata"})
    void metadata(
            @PathVariable String study,
            @PathVariable(required = false) @Nullable String series,
            @PathVariable(required = false) @Nullable String instance,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        QidoController.acceptsJson(accept);
        var instances = select(who, study, series, instance);
        var etag = ETags.of(instances, "metadata");
        if (ETags.notModified(etag, ifNoneMatch, response)) {
            return;
        }
        response.setContentType(QidoController.DICOM_JSON.toString());
        OutputStream out = response.getOutputStream();
        out.write('[');
        boolean first = true;
        for (var object : instances) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(DicomJsonWriter.toJson(header(object)).getBytes(StandardCharsets.UTF_8));
        }
        out.write(']');
        out.flush();
    }

    @GetMapping("/series/{series}/instances/{instance}/frames/{frames}")
    void frames(
            @PathVariable String study,
            @PathVariable String series,
            @PathVariable String instance,
            @PathVariable String frames,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        WadoMediaTypes.requireMultipart(accept, OCTET_STREAM);
        var numbers = frameNumbers(frames);
        boolean singlePart = numbers.length == 1 && WadoMediaTypes.prefersSinglePart(accept, OCTET_STREAM);
        var object = readable.instance(who, study, series, instance);
        // the two answers differ in bytes, so they differ in entity tag, and a cache keeps them apart
        var etag = ETags.of(List.of(object), "frames-" + frames + (singlePart ? "-single" : ""));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (ETags.notModified(etag, ifNoneMatch, response)) {
            return;
        }
        var pixels = readable.pixels(object);
        for (int n : numbers) {
            if (n > pixels.numberOfFrames()) {
                throw DicomWebException.notFound();
            }
        }
        String partType = OCTET_STREAM + "; transfer-syntax=" + FrameBytes.EXPLICIT_VR_LITTLE_ENDIAN;
        if (singlePart) {
            var bytes = FrameBytes.littleEndian(pixels.frame(numbers[0] - 1));
            response.setContentType(partType);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        var multipart = new MultipartRelatedWriter(response.getOutputStream(), ETags.boundary(etag));
        response.setContentType(multipart.contentType(OCTET_STREAM));
        for (int n : numbers) {
            var bytes = FrameBytes.littleEndian(pixels.frame(n - 1));
            multipart.part(partType, instance + "/frames/" + n, out -> out.write(bytes));
        }
        multipart.end();
    }

    /** The instances a retrieve names: a study, a series or one instance; 404 outside the caller's scope. */
    private List<IndexedInstance> select(
            @Nullable Authentication who, String study, @Nullable String series, @Nullable String instance) {
        if (instance != null && series != null) {
            return List.of(readable.instance(who, study, series, instance));
        }
        return readable.instances(who, study, series);
    }

    /** Everything before the pixel data; only the header is decrypted and parsed. */
    private Dataset header(IndexedInstance object) throws IOException {
        try (InputStream in = readable.open(object)) {
            return DicomReader.read(
                            in,
                            object.attributes().sopInstanceUid(),
                            ReadOptions.builder()
                                    .pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE)
                                    .build())
                    .dataset();
        }
    }

    /** "1,3,5" (1-based, PS3.18 8.3.5.1.2). */
    static int[] frameNumbers(String list) {
        try {
            int[] numbers = Arrays.stream(list.split(","))
                    .map(String::strip)
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (numbers.length == 0 || Arrays.stream(numbers).anyMatch(n -> n < 1)) {
                throw DicomWebException.badRequest("frame numbers start at 1");
            }
            return numbers;
        } catch (NumberFormatException e) {
            throw DicomWebException.badRequest("frame list must be numbers separated by commas");
        }
    }
}
