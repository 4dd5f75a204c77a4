package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.pixels.Fill;
import com.medvisionlab.deid.pixels.TextPreCheck;
import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PaletteColorLut;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.RawFrame;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;

/**
 * Converts decoded frames to the sample-exact images {@code deid.pixels} works on and back: grey stays in its stored
 * values (8-bit, unsigned or signed 16-bit), PALETTE COLOR stays an index image whose colour model is the palette
 * (so text is found on the RGB rendering while the indices are redacted), RGB stays RGB, and YBR becomes RGB (the
 * frame is written back as RGB). Anything else (32-bit grey, colour deeper than 8 bits) is {@link Unsupported}.
 */
final class FrameImages {

    private FrameImages() {}

    /** A frame kind the cleaner cannot turn into an image; the file is quarantined when it had to be scanned. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    /** The descriptor frames have once they went through {@link #toImage} and {@link #toFrame}. */
    static ImageDescriptor written(ImageDescriptor decoded) {
        return decoded.photometricInterpretation().isYbr()
                ? decoded.withPhotometric(PhotometricInterpretation.RGB)
                : decoded;
    }

    /**
     * The {@link TextPreCheck} on a frame's stored samples, as the detector would see them after {@link #toImage}:
     * 8-bit unsigned grey as is, deeper or signed grey stretched min..max. Colour and palette frames are not
     * pre-checked (they may always contain text).
     */
    static boolean mayContainText(RawFrame frame, TextPreCheck check, boolean useTexture) {
        ImageDescriptor d = frame.descriptor();
        if (!d.photometricInterpretation().isMonochrome() || d.samplesPerPixel() != 1) {
            return true;
        }
        boolean asIs = d.bitsStored() <= 8 && !d.isSigned();
        // the same tiles as StreamedPreCheck (histogram sized by Bits Stored), so both judge a frame alike
        TextPreCheck.Tiles tiles = check.tiles(d.columns(), (1L << d.bitsStored()) - 1);
        for (int row = 0; row < d.rows(); row += TextPreCheck.TILE) {
            tiles.addBand(frame.samples(), row * d.columns(), Math.min(TextPreCheck.TILE, d.rows() - row));
        }
        return tiles.verdict(asIs ? 0 : frame.min(), asIs ? 255 : frame.max(), useTexture)
                .mayContainText();
    }

    static BufferedImage toImage(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        PhotometricInterpretation pi = d.photometricInterpretation();
        if (pi.isMonochrome()) {
            return grey(frame);
        }
        if (pi == PhotometricInterpretation.PALETTE_COLOR) {
            return palette(frame);
        }
        if (d.bitsStored() > 8) {
            throw new Unsupported(pi.code() + " with " + d.bitsStored() + " bits stored");
        }
        if (pi == PhotometricInterpretation.RGB || pi == PhotometricInterpretation.YBR_FULL) {
            // The renderer's conversion: the same YBR_FULL -> RGB the viewer shows, exact for RGB input.
            return FrameRenderer.render(frame, DisplaySettings.DEFAULT);
        }
        throw new Unsupported(pi.code() + " frames (the decoder should have converted them)");
    }

    static RawFrame toFrame(BufferedImage image, ImageDescriptor decoded) {
        ImageDescriptor d = written(decoded);
        int w = d.columns();
        int h = d.rows();
        if (d.samplesPerPixel() == 3) {
            int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int[] samples = new int[argb.length * 3];
            for (int p = 0; p < argb.length; p++) {
                samples[3 * p] = (argb[p] >> 16) & 0xff;
                samples[3 * p + 1] = (argb[p] >> 8) & 0xff;
                samples[3 * p + 2] = argb[p] & 0xff;
            }
            return RawFrame.of(d, samples);
        }
        int[] samples = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
        if (d.isSigned() && image.getRaster().getDataBuffer().getDataType() == DataBuffer.TYPE_SHORT) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) samples[i];
            }
        }
        return RawFrame.of(d, samples);
    }

    /**
     * Black as displayed: the highest value for MONOCHROME1, the image minimum for signed grey (air on a CT, not an
     * out-of-range -32768), 0 otherwise (palette: darkest entry).
     */
    static Fill fillFor(ImageDescriptor d) {
        if (d.photometricInterpretation() == PhotometricInterpretation.MONOCHROME1) {
            int max = d.isSigned() ? (1 << (d.bitsStored() - 1)) - 1 : (1 << d.bitsStored()) - 1;
            return Fill.constant(max);
        }
        if (d.photometricInterpretation() == PhotometricInterpretation.MONOCHROME2 && d.isSigned()) {
            return Fill.imageMinimum();
        }
        return Fill.black();
    }

    private static BufferedImage grey(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        if (d.bitsStored() > 16) {
            throw new Unsupported("grey images with " + d.bitsStored() + " bits stored");
        }
        BufferedImage image;
        if (d.isSigned()) {
            ComponentColorModel cm = new ComponentColorModel(
                    ColorSpace.getInstance(ColorSpace.CS_GRAY),
                    new int[] {16},
                    false,
                    false,
                    Transparency.OPAQUE,
                    DataBuffer.TYPE_SHORT);
            image = new BufferedImage(cm, cm.createCompatibleWritableRaster(d.columns(), d.rows()), false, null);
        } else {
            image = new BufferedImage(
                    d.columns(),
                    d.rows(),
                    d.bitsStored() <= 8 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_USHORT_GRAY);
        }
        image.getRaster().setSamples(0, 0, d.columns(), d.rows(), 0, frame.samples());
        return image;
    }

    private static BufferedImage palette(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        if (d.bitsStored() > 16 || d.isSigned()) {
            throw new Unsupported("PALETTE COLOR with " + d.bitsStored() + " bits stored");
        }
        int bits = d.bitsStored() <= 8 ? 8 : 16;
        int size = 1 << bits;
        PaletteColorLut lut = d.palette().orElseThrow();
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            int rgb = lut.rgb(i);
            r[i] = (byte) (rgb >> 16);
            g[i] = (byte) (rgb >> 8);
            b[i] = (byte) rgb;
        }
        IndexColorModel cm = new IndexColorModel(bits, size, r, g, b);
        WritableRaster raster = cm.createCompatibleWritableRaster(d.columns(), d.rows());
        raster.setSamples(0, 0, d.columns(), d.rows(), 0, frame.samples());
        return new BufferedImage(cm, raster, false, null);
    }
}
