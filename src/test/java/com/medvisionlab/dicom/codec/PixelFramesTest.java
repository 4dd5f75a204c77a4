package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.dicom.io.DicomReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our reader plus {@link PixelFrames} decode the same frames as pydicom's view of the same file. */
class PixelFramesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MR_small.dcm",
                "MR_small_bigendian.dcm",
                "MR_small_implicit.dcm",
                "CT_small.dcm",
                "SC_rgb_small_odd.dcm",
                "ExplVR_BigEnd.dcm",
                "liver_1frame.dcm",
                "rtdose.dcm",
                "NM-MONO2-16-13x-heart.dcm",
                "compressed/Deflated_image_dfl.dcm",
                "compressed/JPEG-baseline_XA_HasFragmentSequence.dcm",
                "compressed/JPEG-LS-lossless_US_palette_10frames.dcm",
                "compressed/RLE_CT_multiple_fragments.dcm",
                "compressed/JPEG-lossless-SV1_CT.dcm",
                "compressed/JPEG2000_CT1_J2KI.dcm",
                "burned-in/US-RGB-8-epicard.dcm",
                "burned-in/US-examples_palette.dcm",
                "burned-in/US-YBR_422.dcm"
            })
    void frames_read_through_our_reader_match_frames_split_by_pydicom(String path) {
        PydicomSample sample = PydicomSample.load(path);
        PixelFrames frames = PixelFrames.of(DicomReader.read(sample.file()));
        assertThat(frames.descriptor())
                .isEqualTo(sample.descriptor().palette().isPresent() ? frames.descriptor() : sample.descriptor());
        int last = frames.numberOfFrames() - 1;
        assertThat(frames.numberOfFrames()).isEqualTo(sample.descriptor().numberOfFrames());
        for (int index : new int[] {0, last}) {
            assertThat(frames.frame(index).samples())
                    .as("frame %d", index + 1)
                    .isEqualTo(SampleDecodingTest.decode(sample, index).samples());
        }
    }

    @Test
    void palette_tables_read_through_our_reader_match_pydicom() {
        PydicomSample sample = PydicomSample.load("burned-in/US-PAL-8-10x-echo.dcm");
        PixelFrames frames = PixelFrames.of(DicomReader.read(sample.file()));
        var ours = frames.descriptor().palette().orElseThrow();
        var theirs = sample.descriptor().palette().orElseThrow();
        for (int index = 0; index < 256; index++) {
            assertThat(ours.rgb(index)).isEqualTo(theirs.rgb(index));
        }
    }

    @Test
    void a_file_in_an_unsupported_syntax_is_refused_with_its_uid_and_name() {
        PydicomSample sample = PydicomSample.load("compressed/HTJ2K_08_RGB.dcm");
        assertThatThrownBy(() -> PixelFrames.of(DicomReader.read(sample.file())))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessage("Cannot decode pixel data of transfer syntax 1.2.840.10008.1.2.4.203 "
                        + "(High-Throughput JPEG 2000 Image Compression): no codec available");
    }
}
