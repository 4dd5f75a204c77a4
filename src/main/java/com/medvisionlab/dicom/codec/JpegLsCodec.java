package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.Set;

/** JPEG-LS (ITU T.87) lossless (4.80) and near-lossless (4.81), decoded by libavcodec. */
final class JpegLsCodec implements PixelCodec {

    @Override
    public Set<TransferSyntax> transferSyntaxes() {
        return Set.of(TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS);
    }

    @Override
    public RawFrame decode(ImageDescriptor d, EncodedFrame frame) {
        if (!(frame instanceof EncodedFrame.Compressed compressed)) {
            throw new PixelDataException("JPEG-LS codec needs encapsulated pixel data");
        }
        byte[] codestream = compressed.codestream();
        JpegMarkers header = JpegMarkers.parse(codestream);
        CodecChecks.requireEndMarker(codestream, "JPEG-LS");
        FfmpegFrameDecoder.Decoded decoded =
                FfmpegFrameDecoder.decode(FfmpegFrameDecoder.Codec.JPEG_LS, codestream, header.precision());
        CodecChecks.requireShape(d, decoded.width(), decoded.height(), decoded.components());
        int[] samples = decoded.samples();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Samples.fromDecoded(samples[i], d);
        }
        // JPEG-LS has no colour transform in DICOM; a YBR_FULL_422 label would be wrong, YBR_FULL stays as is.
        ImageDescriptor out = d.photometricInterpretation() == PhotometricInterpretation.YBR_FULL_422
                ? d.withPhotometric(PhotometricInterpretation.YBR_FULL)
                : d;
        return RawFrame.of(out, samples);
    }
}
