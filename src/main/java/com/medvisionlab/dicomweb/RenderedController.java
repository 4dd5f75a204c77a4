package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.ImageFit;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WADO-RS rendered and thumbnail resources (PS3.18 10.4.1.1.3 / 9.5 via {@code dicom.image}'s renderer): a frame, or an
 * instance's first frame, as JPEG (the default) or PNG, with the file's own window unless {@code window} is given and
 * scaled to {@code viewport}. Series and study thumbnails are the PNG ingest recorded for the series (the study's
 * is its first series that has one), rendered from the representative instance when none was recorded; an
 * instance's thumbnail is its middle frame. Thumbnails fit {@value RenderedImages#THUMBNAIL_SIDE} pixels, or a smaller
 * viewport. Everything is derived from stored objects and the parameters, so the ETags are strong.
 */
@RestController
@RequestMapping(DicomWebRoute.BASE + "/studies/{study}")
class RenderedController {

    private final ReadableStudies readable;

    RenderedController(ReadableStudies readable) {
        this.readable = readable;
    }

    @GetMapping({
        "/series/{series}/instances/{instance}/rendered",
        "/series/{series}/instances/{instance}/frames/{frame}/rendered"
    })
    void rendered(
            @PathVariable String study,
            @PathVariable String series,
            @PathVariable String instance,
            @PathVariable(required = false) @Nullable String frame,
            @RequestParam(required = false) @Nullable String window,
            @RequestParam(required = false) @Nullable String viewport,
            @RequestParam(required = false) @Nullable String quality,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        var type = WadoMediaTypes.image(accept);
        var parameters = RenderParameters.parse(window, viewport, quality);
        int number = frame == null ? 1 : singleFrame(frame);
        var object = readable.instance(who, study, series, instance);
        var etag = ETags.of(List.of(object), "rendered/" + number + "/" + type + "/" + parameters.key());
        if (ETags.notModified(etag, ifNoneMatch, response)) {
            return;
        }
        var pixels = readable.pixels(object);
        if (number > pixels.numberOfFrames()) {
            throw DicomWebException.notFound();
        }
        var image = render(pixels, number - 1, parameters);
        if (parameters.viewport().isPresent()) {
            var box = parameters.viewport().get();
            image = ImageFit.fit(image, box.width(), box.height());
        }
        send(image, type, parameters, response);
    }

    @GetMapping("/series/{series}/instances/{instance}/thumbnail")
    void instanceThumbnail(
            @PathVariable String study,
            @PathVariable String series,
            @PathVariable String instance,
            @RequestParam(required = false) @Nullable String viewport,
            @RequestParam(required = false) @Nullable String quality,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        var type = WadoMediaTypes.image(accept);
        var parameters = RenderParameters.parse(null, viewport, quality);
        renderedThumbnail(readable.instance(who, study, series, instance), type, parameters, ifNoneMatch, response);
    }

    @GetMapping({"/thumbnail", "/series/{series}/thumbnail"})
    void seriesThumbnail(
            @PathVariable String study,
            @PathVariable(required = false) @Nullable String series,
            @RequestParam(required = false) @Nullable String viewport,
            @RequestParam(required = false) @Nullable String quality,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @Nullable Authentication who,
            HttpServletResponse response)
            throws IOException {
        var type = WadoMediaTypes.image(accept);
        var parameters = RenderParameters.parse(null, viewport, quality);
        readable.requireReadable(who, study);
        var shown = representedBy(study, series);
        var recorded = shown.thumbnail();
        if (recorded.isPresent()) {
            byte[] png;
            try (InputStream in = readable.openBlob(recorded.get().blobKey())) {
                png = in.readAllBytes();
            }
            var etag = ETags.ofContent(png, "thumbnail/" + type + "/" + parameters.key());
            if (ETags.notModified(etag, ifNoneMatch, response)) {
                return;
            }
            if (WadoMediaTypes.PNG.equals(type) && parameters.viewport().isEmpty()) {
                response.setContentType(type.toString());
                response.getOutputStream().write(png);
                return;
            }
            var image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IOException("recorded thumbnail is not an image");
            }
            send(thumbnailBox(image, parameters), type, parameters, response);
            return;
        }
        var representative = shown.representativeSopInstanceUid()
                .flatMap(uid -> readable.index().instance(uid))
                .orElseGet(
                        () -> readable.instances(who, study, shown.attributes().seriesInstanceUid())
                                .getFirst());
        renderedThumbnail(representative, type, parameters, ifNoneMatch, response);
    }

    /** The series itself, or the study's first series that has a recorded thumbnail (else its first series). */
    private IndexedSeries representedBy(String study, @Nullable String series) {
        var query = SeriesQuery.builder(new Page(Page.MAX_LIMIT, 0)).studyInstanceUids(List.of(study));
        if (series != null) {
            query.seriesInstanceUids(List.of(series));
        }
        var found = readable.index().findSeries(query.build()).items();
        return found.stream()
                .filter(s -> s.thumbnail().isPresent())
                .findFirst()
                .or(() -> found.stream().findFirst())
                .orElseThrow(DicomWebException::notFound);
    }

    private void renderedThumbnail(
            IndexedInstance object,
            MediaType type,
            RenderParameters parameters,
            @Nullable String ifNoneMatch,
            HttpServletResponse response)
            throws IOException {
        var etag = ETags.of(List.of(object), "thumbnail/" + type + "/" + parameters.key());
        if (ETags.notModified(etag, ifNoneMatch, response)) {
            return;
        }
        var pixels = readable.pixels(object);
        var image = render(pixels, pixels.numberOfFrames() / 2, parameters);
        send(thumbnailBox(image, parameters), type, parameters, response);
    }

    private static BufferedImage thumbnailBox(BufferedImage image, RenderParameters parameters) {
        var box = parameters
                .viewport()
                .orElse(new RenderParameters.Viewport(RenderedImages.THUMBNAIL_SIDE, RenderedImages.THUMBNAIL_SIDE));
        return ImageFit.shrinkToFit(
                image,
                Math.min(box.width(), RenderedImages.THUMBNAIL_SIDE),
                Math.min(box.height(), RenderedImages.THUMBNAIL_SIDE));
    }

    private static BufferedImage render(PixelFrames pixels, int index, RenderParameters parameters) {
        var settings = parameters.window().map(pixels.display()::withWindow).orElse(pixels.display());
        try {
            return FrameRenderer.render(pixels.frame(index), settings);
        } catch (RuntimeException cannotRender) {
            // an unsupported codec or photometric interpretation: nothing to show, as for an object without pixels
            throw DicomWebException.notFound();
        }
    }

    private static void send(
            BufferedImage image, MediaType type, RenderParameters parameters, HttpServletResponse response)
            throws IOException {
        response.setContentType(type.toString());
        RenderedImages.write(image, type, parameters.quality(), response.getOutputStream());
    }

    /** One frame number: a rendered frame list of several would be a multi-frame image format, not offered here. */
    private static int singleFrame(String frame) {
        int[] numbers = WadoController.frameNumbers(frame);
        if (numbers.length != 1) {
            throw DicomWebException.badRequest("render one frame at a time");
        }
        return numbers[0];
    }
}
