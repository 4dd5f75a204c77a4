package com.medvisionlab.dicom.codec;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.Set;

/**
 * JPEG 2000 Part 1 (4.90 lossless, 4.91) through jai-imageio-jpeg2000, which is exact for 12/16-bit data.
 * The plugin applies the inverse component transform itself, so YBR_RCT / YBR_ICT frames come out RGB
 * (PS3.5 8.2.4 and A.4.4).
 */
final class Jpeg2000Codec implements PixelCodec {

    private static final J2KImageReaderSpi JAI =
            ImageIoFrameDecoder.registered(J2KImageReaderSpi.class, J2KImageReaderSpi::new);

    @Override
    public Set<TransferSyntax> transferSyntaxes() {
        return Set.of(TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000);
    }

    @Override
    public RawFrame decode(ImageDescriptor d, EncodedFrame frame) {
        if (!(frame instanceof EncodedFrame.Compressed compressed)) {
            throw new PixelDataException("JPEG 2000 codec needs encapsulated pixel data");
        }
        CodecChecks.requireEndMarker(compressed.codestream(), "JPEG 2000");
        ImageIoFrameDecoder.Decoded decoded = ImageIoFrameDecoder.decode(JAI, compressed.codestream());
        CodecChecks.requireShape(d, decoded.width(), decoded.height(), decoded.components());
        int[] samples = decoded.samples();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Samples.fromDecoded(samples[i], d);
        }
        ImageDescriptor out =
                d.photometricInterpretation().isYbr() ? d.withPhotometric(PhotometricInterpretation.RGB) : d;
        return RawFrame.of(out, samples);
    }
}
