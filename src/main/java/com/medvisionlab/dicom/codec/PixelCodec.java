package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.Optional;
import java.util.Set;

/** Decodes (and optionally encodes) the frames of one family of transfer syntaxes. */
public interface PixelCodec {

    /** The transfer syntaxes this codec decodes. */
    Set<TransferSyntax> transferSyntaxes();

    /**
     * Decodes one frame. The result's descriptor tells what the samples are now (e.g. RGB when the codec
     * already converted colour), always pixel-interleaved.
     *
     * @throws CorruptPixelDataException when the encoded bytes end early or contradict the descriptor
     */
    RawFrame decode(ImageDescriptor descriptor, EncodedFrame frame);

    /** The encoder for this family, when we can write it. */
    default Optional<FrameEncoder> encoder() {
        return Optional.empty();
    }
}
