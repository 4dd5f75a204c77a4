package com.medvisionlab.deid;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** Synthetic 8-bit grey ultrasound-like DICOM files with text drawn into the pixels. */
public final class SyntheticImages {

    static final String CJK_FONT = "WenQuanYi Zen Hei";

    private SyntheticImages() {}

    /** A speckled 8-bit grey image (seeded, so tests are repeatable). */
    public static BufferedImage speckle(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, 20 + random.nextInt(40));
            }
        }
        return image;
    }

    /** Draws white text with its baseline at (x, y) and returns its pixel bounds. */
    public static Rectangle draw(BufferedImage image, String text, Font font, int x, int y) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(font);
        g.drawString(text, x, y);
        Rectangle bounds = new TextLayout(text, font, g.getFontRenderContext()).getPixelBounds(null, x, y);
        g.dispose();
        return bounds;
    }

    static Font cjkFont(int size) {
        boolean present = Arrays.asList(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(CJK_FONT);
        assumeTrue(present, CJK_FONT + " (Debian fonts-wqy-zenhei) not installed");
        return new Font(CJK_FONT, Font.PLAIN, size);
    }

    /** Writes the image as a native explicit-VR-LE US (or other modality) instance for the given patient. */
    static Path write(BufferedImage image, String modality, String patientName, Path file) {
        return writeClip(List.of(image), modality, patientName, file);
    }

    /** As {@link #write}, then {@code header} adds to or changes the dataset (e.g. a lying BurnedInAnnotation). */
    static Path write(BufferedImage image, String modality, String patientName, Path file, Consumer<Dataset> header) {
        return writeClip(List.of(image), modality, patientName, file, header);
    }

    /** A smooth radiograph-like 8-bit image: a bright soft-edged body on a dark field, no speckle. */
    static BufferedImage radiograph(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x - width / 2.0) / (width * 0.35);
                double dy = (y - height / 2.0) / (height * 0.45);
                double r = Math.sqrt(dx * dx + dy * dy);
                int v = (int) Math.round(30 + 150 * Math.max(0, Math.min(1, (1.1 - r) * 4)) - 20 * Math.abs(dx));
                image.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return image;
    }

    /** As {@link #write} with several frames of one size (a cine clip); public for the cleaner's own tests. */
    public static Path writeClip(List<BufferedImage> frames, String modality, String patientName, Path file) {
        return writeClip(frames, modality, patientName, file, ds -> {});
    }

    private static Path writeClip(
            List<BufferedImage> frames, String modality, String patientName, Path file, Consumer<Dataset> header) {
        BufferedImage image = frames.getFirst();
        Dataset meta = new Dataset();
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.6.1");
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1125.99.1");
        meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.6.1");
        ds.setString(Tags.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1125.99.1");
        ds.setString(Tags.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1125.99.2");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1125.99.3");
        ds.setString(Tags.StudyDate, VR.DA, "20240305");
        ds.setString(Tags.Modality, VR.CS, modality);
        ds.setString(Tags.PatientName, VR.PN, patientName);
        ds.setString(Tags.PatientID, VR.LO, "PID4711");
        ds.setString(Tags.PatientBirthDate, VR.DA, "19500102");
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.Rows, VR.US, image.getHeight());
        ds.setInts(Tags.Columns, VR.US, image.getWidth());
        ds.setInts(Tags.BitsAllocated, VR.US, 8);
        ds.setInts(Tags.BitsStored, VR.US, 8);
        ds.setInts(Tags.HighBit, VR.US, 7);
        ds.setInts(Tags.PixelRepresentation, VR.US, 0);
        if (frames.size() > 1) {
            ds.setString(Tags.NumberOfFrames, VR.IS, String.valueOf(frames.size()));
        }
        int frameBytes = image.getWidth() * image.getHeight();
        byte[] pixels = new byte[frameBytes * frames.size() + (frameBytes * frames.size()) % 2];
        for (int f = 0; f < frames.size(); f++) {
            byte[] frame = new byte[frameBytes];
            frames.get(f).getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), frame);
            System.arraycopy(frame, 0, pixels, f * frameBytes, frameBytes);
        }
        ds.setBytes(Tags.PixelData, VR.OB, pixels);
        header.accept(ds);
        DicomWriter.write(
                new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                file,
                WriteOptions.keepSourceTransferSyntax());
        return file;
    }
}
