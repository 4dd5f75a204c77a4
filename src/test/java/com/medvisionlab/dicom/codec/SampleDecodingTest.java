package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleDecodingTest {

    static RawFrame decode(PydicomSample sample, int frame) {
        return PixelCodecs.decoderFor(sample.transferSyntax()).decode(sample.descriptor(), sample.frame(frame));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "compressed/Deflated_image_dfl.dcm",
                "compressed/JPEG-LS-lossless_MR_small.dcm",
                "compressed/JPEG-LS-lossless_US_palette_10frames.dcm",
                "compressed/JPEG-LS-near-lossless_08.dcm",
                "compressed/JPEG-baseline_SC_rgb_jpeg_dcmtk.dcm",
                "compressed/JPEG-baseline_US_GH538-jpeg1.dcm",
                "compressed/JPEG-baseline_US_multiframe_examples_ybr_color.dcm",
                "compressed/JPEG-baseline_XA_HasFragmentSequence.dcm",
                "compressed/JPEG-baseline_XC_JPEGwithIcon.dcm",
                "compressed/JPEG-extended_JPGExtended.dcm",
                "compressed/JPEG-lossless-SV1_CT.dcm",
                "compressed/JPEG-lossless-SV1_MR.dcm",
                "compressed/JPEG2000-lossless_MR_small_jp2klossless.dcm",
                "compressed/JPEG2000_CT1_J2KI.dcm",
                "compressed/JPEG2000_NM_JPEG2000.dcm",
                "compressed/RLE_CT_multiple_fragments.dcm",
                "compressed/RLE_MR_small_RLE.dcm",
                "compressed/RLE_SC_rgb_rle_2frame.dcm",
                "burned-in/US-PAL-8-10x-echo.dcm",
                "burned-in/US-RGB-8-epicard.dcm",
                "burned-in/US-YBR_422.dcm",
                "burned-in/US-YBR_FULL-RLE.dcm",
                "burned-in/US-examples_palette.dcm",
                "burned-in/US-examples_rgb_color.dcm",
                "burned-in/presidio_0_ORIGINAL_compressed.dcm",
                "burned-in/presidio_2_ORIGINAL.dcm"
            })
    void every_sample_decodes_first_and_last_frame_to_its_described_size(String path) {
        PydicomSample sample = load(path);
        ImageDescriptor d = sample.descriptor();
        for (int frame : new int[] {0, d.numberOfFrames() - 1}) {
            RawFrame decoded = decode(sample, frame);
            assertThat(decoded.rows()).isEqualTo(d.rows());
            assertThat(decoded.columns()).isEqualTo(d.columns());
            assertThat(decoded.samples()).hasSize(d.rows() * d.columns() * d.samplesPerPixel());
            assertThat(decoded.max()).as("a decoded frame is not blank").isGreaterThan(decoded.min());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "compressed/JPEG-LS-lossless_MR_small.dcm, MR_small.dcm",
        "compressed/JPEG2000-lossless_MR_small_jp2klossless.dcm, MR_small.dcm",
        "compressed/RLE_MR_small_RLE.dcm, MR_small.dcm",
        "MR_small_bigendian.dcm, MR_small.dcm",
        "compressed/JPEG-LS-lossless_US_palette_10frames.dcm, burned-in/US-PAL-8-10x-echo.dcm"
    })
    void lossless_samples_decode_to_the_values_of_their_twin_in_every_frame(String compressed, String twin) {
        PydicomSample a = load(compressed);
        PydicomSample b = load(twin);
        assertThat(a.descriptor().numberOfFrames()).isEqualTo(b.descriptor().numberOfFrames());
        for (int frame = 0; frame < a.descriptor().numberOfFrames(); frame++) {
            assertThat(decode(a, frame).samples())
                    .as("frame %d", frame + 1)
                    .isEqualTo(decode(b, frame).samples());
        }
    }

    /** pydicom decodes native and RLE data itself (numpy / rle handlers): an independent implementation. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "MR_small.dcm",
                "MR_small_bigendian.dcm",
                "CT_small.dcm",
                "emri_small.dcm",
                "test16signed.dcm",
                "NM-MONO2-16-13x-heart.dcm",
                "SC_rgb.dcm",
                "SC_rgb_small_odd.dcm",
                "ExplVR_BigEnd.dcm",
                "rtdose.dcm",
                "liver_1frame.dcm",
                "CR-MONO1-10-chest.dcm",
                "compressed/Deflated_image_dfl.dcm",
                "compressed/RLE_CT_multiple_fragments.dcm",
                "compressed/RLE_SC_rgb_rle_2frame.dcm",
                "burned-in/US-RGB-8-epicard.dcm",
                "burned-in/US-YBR_FULL-RLE.dcm",
                "burned-in/US-examples_palette.dcm",
                "burned-in/US-YBR_422.dcm",
                "burned-in/presidio_0_ORIGINAL_compressed.dcm"
            })
    void native_and_rle_frames_match_pydicom_pixel_arrays(String path) {
        PydicomSample sample = load(path);
        int[] oracle = sample.oracle().orElseThrow(() -> new AssertionError("pydicom failed: " + sample.meta()));
        assertThat(decode(sample, 0).samples()).isEqualTo(oracle);
    }

    /** dcmtk decompresses independently; lossless syntaxes must agree exactly, lossy ones within a small error. */
    @ParameterizedTest
    @CsvSource({
        "compressed/JPEG-lossless-SV1_CT.dcm, 0",
        "compressed/JPEG-lossless-SV1_MR.dcm, 0",
        "compressed/JPEG-LS-lossless_MR_small.dcm, 0",
        "compressed/JPEG-LS-near-lossless_08.dcm, 0",
        "compressed/RLE_CT_multiple_fragments.dcm, 0",
        "compressed/JPEG-baseline_XA_HasFragmentSequence.dcm, 2",
        "compressed/JPEG-baseline_SC_rgb_jpeg_dcmtk.dcm, 2",
        "compressed/JPEG-baseline_US_GH538-jpeg1.dcm, 2",
        "compressed/JPEG-baseline_US_multiframe_examples_ybr_color.dcm, 2",
        "compressed/JPEG-extended_JPGExtended.dcm, 2"
    })
    void compressed_frames_match_dcmtk_decompression(String path, int tolerance) {
        PydicomSample sample = load(path);
        PydicomSample decompressed = PydicomSample.load(Dcmtk.decompress(sample.file(), sample.transferSyntax()));
        int[] expected = decompressed.oracle().orElseThrow();
        int[] actual = decode(sample, 0).samples();
        assertThat(actual).hasSameSizeAs(expected);
        int worst = IntStream.range(0, actual.length)
                .map(i -> Math.abs(actual[i] - expected[i]))
                .max()
                .orElse(0);
        assertThat(worst).as("largest difference from dcmtk").isLessThanOrEqualTo(tolerance);
    }

    @Test
    void high_throughput_jpeg_2000_is_refused_naming_the_syntax() {
        PydicomSample sample = load("compressed/HTJ2K_08_RGB.dcm");
        assertThatThrownBy(() -> decode(sample, 0))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("1.2.840.10008.1.2.4.203")
                .hasMessageContaining("High-Throughput JPEG 2000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "compressed/RLE_MR_small_RLE.dcm",
                "compressed/JPEG-lossless-SV1_MR.dcm",
                "compressed/JPEG-LS-lossless_MR_small.dcm",
                "compressed/JPEG2000-lossless_MR_small_jp2klossless.dcm"
            })
    void a_truncated_fragment_gives_a_clear_exception(String path) {
        PydicomSample sample = load(path);
        byte[] whole = ((EncodedFrame.Compressed) sample.frame(0)).codestream();
        byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);
        assertThatThrownBy(() -> PixelCodecs.decoderFor(sample.transferSyntax())
                        .decode(sample.descriptor(), new EncodedFrame.Compressed(truncated)))
                .isInstanceOf(CorruptPixelDataException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void fragments_without_offset_table_are_split_at_end_of_image_markers() {
        byte[] frame1a = {(byte) 0xFF, (byte) 0xD8, 1, 2};
        byte[] frame1b = {3, 4, (byte) 0xFF, (byte) 0xD9};
        byte[] frame2 = {(byte) 0xFF, (byte) 0xD8, 5, (byte) 0xFF, (byte) 0xD9, 0};
        List<byte[]> fragments = List.of(frame1a, frame1b, frame2);
        assertThat(FrameFragments.frame(fragments, new long[0], 2, 0).codestream())
                .containsExactly(0xFF, 0xD8, 1, 2, 3, 4, 0xFF, 0xD9);
        assertThat(FrameFragments.frame(fragments, new long[0], 2, 1).codestream())
                .isEqualTo(frame2);
    }

    @Test
    void basic_offset_table_selects_the_fragments_of_a_frame_counting_item_headers() {
        List<byte[]> fragments = List.of(new byte[10], new byte[4], new byte[6]);
        // frame 1 = fragments 1 and 2 (offsets 0 and 18), frame 2 starts at 18 + 8 + 4 = 30
        byte[] second =
                FrameFragments.frame(fragments, new long[] {0, 30}, 2, 1).codestream();
        assertThat(second).hasSize(6);
        assertThat(FrameFragments.frame(fragments, new long[] {0, 30}, 2, 0).codestream())
                .hasSize(14);
    }

    private static PydicomSample load(String path) {
        PydicomSample sample = PydicomSample.load(path);
        assumeTrue(sample.meta().containsKey("Rows"), "no image in " + path);
        return sample;
    }
}
