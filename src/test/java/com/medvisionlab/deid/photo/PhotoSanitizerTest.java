package com.medvisionlab.deid.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.BurnedInTextPipeline;
import com.medvisionlab.deid.pixels.TextDetector;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

    private static final String NAME = "KAUFMAN SCOTT";

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(
            ImageLimits.defaults(),
            Optional.of(new BurnedInTextPipeline(
                    Optional.of(new BurnedInTextFinder(new TextDetector(), Optional.empty())), Optional.empty())),
            Optional.empty());

    @Test
    void jpeg_loses_exif_and_comment_and_keeps_its_pixels_within_jpeg_tolerance() throws Exception {
        BufferedImage picture = gradient();
        byte[] input = jpegWithExifAndComment(picture);
        assertThat(contains(input, NAME)).as("test input carries the name").isTrue();
        assertThat(MetadataInventory.of(input)).contains("APP1 Exif", "COM");

        SanitizedPhoto out = sanitizer.sanitize(input, PhotoSanitizer.Options.all());

        assertThat(out.format()).isEqualTo(PhotoFormat.JPEG);
        assertThat(contains(out.bytes(), NAME)).isFalse();
        assertThat(contains(out.bytes(), "KAUFMAN")).isFalse();
        assertThat(MetadataInventory.of(out.bytes())).containsOnly("APP0 JFIF");
        assertThat(out.metadataRemoved()).contains("APP1 Exif", "COM");
        assertThat(out.textBoxes()).isEmpty();
        assertThat(meanAbsoluteDifference(picture, ImageIO.read(new ByteArrayInputStream(out.bytes()))))
                .isLessThan(3.0);
    }

    @Test
    void png_loses_text_chunks_and_keeps_its_pixels_exactly() throws Exception {
        BufferedImage picture = gradient();
        byte[] input = pngWithTextChunks(picture);
        assertThat(contains(input, NAME)).as("test input carries the name").isTrue();

        SanitizedPhoto out = sanitizer.sanitize(input, PhotoSanitizer.Options.all());

        assertThat(out.format()).isEqualTo(PhotoFormat.PNG);
        assertThat(contains(out.bytes(), "KAUFMAN")).isFalse();
        assertThat(MetadataInventory.of(out.bytes())).isEmpty();
        assertThat(out.metadataRemoved()).contains("tEXt", "iTXt");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.bytes()));
        assertThat(back.getRGB(0, 0, 320, 240, null, 0, 320)).isEqualTo(picture.getRGB(0, 0, 320, 240, null, 0, 320));
    }

    @Test
    void bmp_comes_out_as_png_with_the_same_pixels() throws Exception {
        BufferedImage picture = gradient();
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        ImageIO.write(picture, "bmp", bmp);

        SanitizedPhoto out = sanitizer.sanitize(bmp.toByteArray(), PhotoSanitizer.Options.all());

        assertThat(out.format()).isEqualTo(PhotoFormat.PNG);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.bytes()));
        assertThat(back.getRGB(5, 7)).isEqualTo(picture.getRGB(5, 7));
    }

    @Test
    void a_text_file_named_png_is_rejected_as_not_an_image() {
        assertRejected(
                "patient: KAUFMAN SCOTT\n".getBytes(StandardCharsets.UTF_8),
                UnreadableImageException.Reason.NOT_AN_IMAGE);
    }

    @Test
    void a_truncated_jpeg_and_png_are_rejected_as_truncated() throws Exception {
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(gradient(), "jpeg", jpg);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(gradient(), "png", png);

        assertRejected(Arrays.copyOf(jpg.toByteArray(), jpg.size() / 2), UnreadableImageException.Reason.TRUNCATED);
        assertRejected(Arrays.copyOf(png.toByteArray(), png.size() / 2), UnreadableImageException.Reason.TRUNCATED);
    }

    @Test
    void a_png_header_claiming_100000_by_100000_pixels_is_rejected_before_decoding() {
        assertRejected(pngHeaderOnly(100_000, 100_000), UnreadableImageException.Reason.TOO_LARGE);
    }

    private void assertRejected(byte[] input, UnreadableImageException.Reason reason) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> sanitizer.sanitize(input, PhotoSanitizer.Options.all()))
                        .isInstanceOfSatisfying(
                                UnreadableImageException.class,
                                e -> assertThat(e.reason()).isEqualTo(reason))
                        .message()
                        .isNotBlank());
    }

    /** A smooth colour gradient: no edges, so neither text nor faces. */
    static BufferedImage gradient() {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 80, 160), 320, 240, new Color(200, 150, 90)));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        return img;
    }

    private static byte[] jpegWithExifAndComment(BufferedImage img) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(format);
        IIOMetadataNode markers =
                (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode com = new IIOMetadataNode("com");
        com.setAttribute("comment", "Patient " + NAME);
        markers.appendChild(com);
        IIOMetadataNode app1 = new IIOMetadataNode("unknown");
        app1.setAttribute("MarkerTag", "225");
        app1.setUserObject(exifWithArtist(NAME));
        markers.appendChild(app1);
        md.setFromTree(format, root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, md), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    /** "Exif\0\0" + a big-endian TIFF header with one IFD entry: Artist (0x013B, ASCII). */
    private static byte[] exifWithArtist(String artist) {
        byte[] text = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4 + text.length);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        b.putShort((short) 1);
        b.putShort((short) 0x013B).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 12 + 4);
        b.putInt(0);
        b.put(text);
        return b.array();
    }

    private static byte[] pngWithTextChunks(BufferedImage img) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Author");
        entry.setAttribute("value", NAME);
        text.appendChild(entry);
        root.appendChild(text);
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        IIOMetadataNode ientry = new IIOMetadataNode("iTXtEntry");
        ientry.setAttribute("keyword", "Comment");
        ientry.setAttribute("compressionFlag", "FALSE");
        ientry.setAttribute("compressionMethod", "0");
        ientry.setAttribute("languageTag", "en");
        ientry.setAttribute("translatedKeyword", "Comment");
        ientry.setAttribute("text", "DOB 1943-07-22 " + NAME);
        itxt.appendChild(ientry);
        root.appendChild(itxt);
        md.mergeTree(format, root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, md), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    /** PNG signature, an IHDR claiming the given size (8-bit RGB) with a valid CRC, and IEND; no pixel data. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = ByteBuffer.allocate(17)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        b.putInt(13).put(ihdr).putInt(crc(ihdr));
        byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(iend).putInt(crc(iend));
        return b.array();
    }

    private static int crc(byte[] typeAndData) {
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return (int) crc.getValue();
    }

    static boolean contains(byte[] haystack, String needle) {
        String text = new String(haystack, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return text.contains(needle.toLowerCase(Locale.ROOT));
    }

    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return (double) sum / (3L * a.getWidth() * a.getHeight());
    }
}
