package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.util.Optional;
import java.util.Set;

/**
 * JPEG (ITU T.81) in DICOM: baseline 8-bit (4.50), extended 12-bit (4.51) and lossless process 14 (4.57, 4.70).
 * 8-bit lossy and all lossless frames go through TwelveMonkeys; 12-bit lossy frames through libavcodec,
 * since TwelveMonkeys cannot read them. Encodes lossless SV1 with our own {@link JpegLosslessEncoder}.
 *
 * <p>Colour: we read the components as coded and let the DICOM Photometric Interpretation decide
 * (PS3.5 8.2.1: YBR_FULL_422 / YBR_FULL for lossy YCbCr), converting YCbCr to RGB exactly once here.
 */
final class JpegCodec implements PixelCodec {

    static final JPEGImageReaderSpi TWELVE_MONKEYS =
            ImageIoFrameDecoder.registered(JPEGImageReaderSpi.class, JPEGImageReaderSpi::new);
    private final JpegLosslessEncoder encoder = new JpegLosslessEncoder();

    @Override
    public Set<TransferSyntax> transferSyntaxes() {
        return Set.of(
                TransferSyntax.JPEG_BASELINE_8BIT,
                TransferSyntax.JPEG_EXTENDED_12BIT,
                TransferSyntax.JPEG_LOSSLESS,
                TransferSyntax.JPEG_LOSSLESS_SV1);
    }

    @Override
    public Optional<FrameEncoder> encoder() {
        return Optional.of(encoder);
    }

    @Override
    public RawFrame decode(ImageDescriptor d, EncodedFrame frame) {
        if (!(frame instanceof EncodedFrame.Compressed compressed)) {
            throw new PixelDataException("JPEG codec needs encapsulated pixel data");
        }
        byte[] codestream = compressed.codestream();
        JpegMarkers header = JpegMarkers.parse(codestream);
        CodecChecks.requireEndMarker(codestream, "JPEG");
        int width;
        int height;
        int components;
        int[] samples;
        if (header.precision() > 8 && !header.isLossless()) {
            FfmpegFrameDecoder.Decoded decoded =
                    FfmpegFrameDecoder.decode(FfmpegFrameDecoder.Codec.MJPEG, codestream, header.precision());
            width = decoded.width();
            height = decoded.height();
            components = decoded.components();
            samples = decoded.samples();
        } else {
            ImageIoFrameDecoder.Decoded decoded = ImageIoFrameDecoder.decode(TWELVE_MONKEYS, codestream);
            width = decoded.width();
            height = decoded.height();
            components = decoded.components();
            samples = decoded.samples();
        }
        CodecChecks.requireShape(d, width, height, components);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Samples.fromDecoded(samples[i], d);
        }
        ImageDescriptor out = d;
        if (d.photometricInterpretation().isYbr() && !header.isLossless()) {
            ColorTransforms.ybrFullToRgb(samples, (1 << header.precision()) - 1);
            out = d.withPhotometric(PhotometricInterpretation.RGB);
        } else if (d.photometricInterpretation() == PhotometricInterpretation.YBR_FULL_422) {
            // decoded chroma is already full resolution
            out = d.withPhotometric(PhotometricInterpretation.YBR_FULL);
        }
        return RawFrame.of(out, samples);
    }
}
