package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.nio.ByteOrder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhantomRoundTripTest {

    static Stream<Arguments> phantoms() {
        return Stream.of(
                Arguments.of(Phantoms.gradientBars(33, 47, 8, PixelRepresentation.UNSIGNED, 1)),
                Arguments.of(Phantoms.gradientBars(64, 64, 12, PixelRepresentation.UNSIGNED, 1)),
                Arguments.of(Phantoms.gradientBars(64, 80, 16, PixelRepresentation.UNSIGNED, 1)),
                Arguments.of(Phantoms.gradientBars(64, 80, 16, PixelRepresentation.SIGNED, 1)),
                Arguments.of(Phantoms.gradientBars(40, 30, 12, PixelRepresentation.SIGNED, 1)),
                Arguments.of(Phantoms.gradientBars(31, 29, 8, PixelRepresentation.UNSIGNED, 3)));
    }

    @ParameterizedTest
    @MethodSource("phantoms")
    void native_encoding_round_trips_exactly(RawFrame phantom) {
        byte[] encoded =
                PixelCodecs.encoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).encode(phantom);
        RawFrame decoded = PixelCodecs.decoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .decode(phantom.descriptor(), new EncodedFrame.Native(encoded, ByteOrder.LITTLE_ENDIAN, 0));
        assertThat(decoded.samples()).isEqualTo(phantom.samples());
    }

    @ParameterizedTest
    @MethodSource("phantoms")
    void rle_encoding_round_trips_exactly(RawFrame phantom) {
        byte[] encoded = PixelCodecs.encoderFor(TransferSyntax.RLE_LOSSLESS).encode(phantom);
        RawFrame decoded = PixelCodecs.decoderFor(TransferSyntax.RLE_LOSSLESS)
                .decode(phantom.descriptor(), new EncodedFrame.Compressed(encoded));
        assertThat(decoded.samples()).isEqualTo(phantom.samples());
        assertThat(encoded.length % 2).as("RLE frame length is even").isZero();
    }

    @ParameterizedTest
    @MethodSource("phantoms")
    void jpeg_lossless_encoding_round_trips_exactly_through_our_decoder(RawFrame phantom) {
        byte[] encoded =
                PixelCodecs.encoderFor(TransferSyntax.JPEG_LOSSLESS_SV1).encode(phantom);
        RawFrame decoded = PixelCodecs.decoderFor(TransferSyntax.JPEG_LOSSLESS_SV1)
                .decode(phantom.descriptor(), new EncodedFrame.Compressed(encoded));
        assertThat(decoded.samples()).isEqualTo(phantom.samples());
    }

    /** TwelveMonkeys is an independent decoder: it reads our codestream without our JpegCodec in between. */
    @ParameterizedTest
    @MethodSource("phantoms")
    void jpeg_lossless_codestream_is_read_by_twelvemonkeys_directly(RawFrame phantom) {
        byte[] encoded = new JpegLosslessEncoder().encode(phantom);
        ImageIoFrameDecoder.Decoded decoded = ImageIoFrameDecoder.decode(
                ImageIoFrameDecoder.registered(JPEGImageReaderSpi.class, JPEGImageReaderSpi::new), encoded);
        ImageDescriptor d = phantom.descriptor();
        int mask = (1 << d.bitsStored()) - 1;
        int[] expected =
                java.util.Arrays.stream(phantom.samples()).map(v -> v & mask).toArray();
        assertThat(decoded.width()).isEqualTo(d.columns());
        assertThat(decoded.samples()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void one_bit_native_frames_unpack_least_significant_bit_first() {
        // PS3.5 D.1: pixel 0 is bit 0 of byte 0. Two 2x4 frames: frame 2 starts at bit 8.
        ImageDescriptor d = ImageDescriptor.monochrome(2, 4, 1, 1, PixelRepresentation.UNSIGNED)
                .withFrames(2);
        byte[] data = {(byte) 0b1000_0001, (byte) 0b0000_0110};
        RawFrame first = PixelCodecs.decoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .decode(d, new EncodedFrame.Native(data, ByteOrder.LITTLE_ENDIAN, 0));
        RawFrame second = PixelCodecs.decoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .decode(d, new EncodedFrame.Native(data, ByteOrder.LITTLE_ENDIAN, 1));
        assertThat(first.samples()).containsExactly(1, 0, 0, 0, 0, 0, 0, 1);
        assertThat(second.samples()).containsExactly(0, 1, 1, 0, 0, 0, 0, 0);
    }
}
