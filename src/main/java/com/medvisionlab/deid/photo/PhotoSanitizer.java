package com.medvisionlab.deid.photo;

import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.BurnedInTextPipeline;
import com.medvisionlab.deid.pixels.Fill;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.RedactedArea;
import com.medvisionlab.deid.pixels.RedactionPlan;
import com.medvisionlab.deid.pixels.TextDetector;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Cleans a JPEG/PNG/BMP upload: decodes the pixels (with size checks), redacts burned-in text (through the
 * {@link BurnedInTextPipeline} DICOM images use, with {@link RedactionPlan#photo()}), pixelates faces, and
 * encodes a brand-new file from the pixels alone, so no EXIF, XMP, ICC profile, comment or text chunk can survive.
 * PNG stays PNG, BMP becomes PNG (lossless), JPEG is re-encoded at high quality.
 *
 * <p>Not done: EXIF orientation is dropped with the rest of EXIF, so a photo stored sideways stays sideways.
 */
public final class PhotoSanitizer {

    /** What to do besides dropping metadata (which always happens). */
    public record Options(boolean redactText, boolean blurFaces) {
        public static Options all() {
            return new Options(true, true);
        }
    }

    private static final float JPEG_QUALITY = 0.95f;

    private final SafeImageDecoder decoder;
    private final Optional<BurnedInTextPipeline> text;
    private final Optional<FaceBlurrer> faces;

    /**
     * The full sanitizer: burned-in text found by the detector and read by OCR, faces blurred. The native tools it
     * opens are handed to {@code owner}, which closes them when it is done with the sanitizer.
     */
    public static PhotoSanitizer withNativeTools(Consumer<AutoCloseable> owner) {
        OcrEngine ocr = new OcrEngine();
        owner.accept(ocr);
        FaceBlurrer faces = new FaceBlurrer();
        owner.accept(faces);
        BurnedInTextFinder text = new BurnedInTextFinder(new TextDetector(), Optional.of(ocr));
        return new PhotoSanitizer(
                ImageLimits.defaults(),
                Optional.of(new BurnedInTextPipeline(Optional.of(text), Optional.empty())),
                Optional.of(faces));
    }

    /** @param text burned-in text redaction (empty: none) */
    public PhotoSanitizer(ImageLimits limits, Optional<BurnedInTextPipeline> text, Optional<FaceBlurrer> faces) {
        this.decoder = new SafeImageDecoder(limits);
        this.text = text;
        this.faces = faces;
    }

    /**
     * @throws UnreadableImageException when the bytes are not a complete, decodable image within the limits
     */
    public SanitizedPhoto sanitize(byte[] input, Options options) throws UnreadableImageException {
        SafeImageDecoder.Decoded decoded = decoder.decode(input);
        List<String> metadata = MetadataInventory.of(input);
        PhotoFormat outFormat = decoded.format() == PhotoFormat.JPEG ? PhotoFormat.JPEG : PhotoFormat.PNG;
        BufferedImage image = plainCopy(decoded.image(), outFormat);

        List<Rectangle> textBoxes = List.of();
        if (options.redactText() && text.isPresent()) {
            textBoxes = text.get().scrub(image, Fill.black(), RedactionPlan.photo()).stream()
                    .map(RedactedArea::box)
                    .toList();
        }
        List<Rectangle> faceBoxes = List.of();
        if (options.blurFaces() && faces.isPresent()) {
            faceBoxes = faces.get().pixelate(image, faces.get().detect(image));
        }
        return new SanitizedPhoto(encode(image, outFormat), outFormat, textBoxes, faceBoxes, metadata);
    }

    /**
     * A copy in a plain sRGB/grey layout: drops any embedded ICC colour space (which a writer would re-embed) and
     * palettes (whose indices cannot be averaged when pixelating). 16-bit grey PNGs keep their depth.
     */
    private static BufferedImage plainCopy(BufferedImage src, PhotoFormat out) {
        int bands = src.getRaster().getNumBands();
        boolean grey = bands == 1 && src.getColorModel().getNumColorComponents() == 1;
        if (grey && out == PhotoFormat.PNG && src.getRaster().getDataBuffer().getDataType() == DataBuffer.TYPE_USHORT) {
            BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
            copy.getRaster().setRect(src.getRaster());
            return copy;
        }
        if (grey && src.getRaster().getSampleModel().getSampleSize(0) == 8) {
            BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            copy.getRaster().setRect(src.getRaster());
            return copy;
        }
        boolean alpha = src.getColorModel().hasAlpha() && out == PhotoFormat.PNG;
        BufferedImage copy = new BufferedImage(
                src.getWidth(), src.getHeight(), alpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return copy;
    }

    private static byte[] encode(BufferedImage image, PhotoFormat format) {
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == PhotoFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param); // null metadata: nothing carried over
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding " + format + " in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
